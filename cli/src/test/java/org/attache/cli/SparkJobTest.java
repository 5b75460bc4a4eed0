package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attache.sample.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode gives exactly what {@code extract} gives on the same input: the same
 * events, field by field, and the same documents.
 */
class SparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void sparkLocal_sameEventsAndDocumentsAsExtract() throws Exception {
    Path input = Files.createDirectories(dir.resolve("articles"));
    for (Sample.File f : Sample.files()) {
      Files.write(input.resolve(Path.of(f.name()).getFileName().toString()), f.bytes());
    }
    // A crawl, which Spark streams record by record from its file system rather than reading whole.
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(input.resolve("crawl.warc.gz")))) {
      gz.write(warcResponse("https://news.example.org/2024/05/02/ankara",
          "<html><head><title>Ministers meet in Ankara</title></head><body><article><p>ANKARA, May 2 - Turkey's foreign "
              + "minister met his Syrian counterpart in Ankara on Thursday and praised the new border agreement.</p>"
              + "<p>The two ministers said they would meet again in Damascus next month.</p></article></body></html>"));
    }
    MainTest.Run extract = MainTest.run("extract", input.toString());
    assertThat(extract.code()).as(extract.err()).isZero();
    TreeSet<String> expected = new TreeSet<>();
    for (String line : extract.lines()) {
      expected.add(key(JSON.readTree(line)));
    }
    MainTest.Run docs = MainTest.run("extract", "--emit", "documents", input.toString());
    TreeSet<String> expectedDocs = new TreeSet<>();
    for (String line : docs.lines()) {
      JsonNode d = JSON.readTree(line);
      expectedDocs.add(d.get("doc").asText() + "|" + d.get("published").asText(null) + "|" + d.get("text").asText().length());
    }

    Path out = dir.resolve("out");
    String missing = dir.resolve("no-such-folder").toString();
    MainTest.Run spark = MainTest.run("spark", "--master", "local[2]", input.toString(), missing, out.toString());
    assertThat(spark.code()).as(spark.err()).isEqualTo(Main.INPUT_ERRORS); // the missing input, and the rest done

    SparkSession session = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    try {
      TreeSet<String> actual = new TreeSet<>();
      for (Row r : session.read().parquet(out.resolve("events").toString()).collectAsList()) {
        actual.add(key(r));
      }
      TreeSet<String> actualDocs = new TreeSet<>();
      for (Row r : session.read().parquet(out.resolve("documents").toString()).collectAsList()) {
        actualDocs.add(r.getAs("doc") + "|" + r.getAs("published") + "|" + ((String) r.getAs("text")).length());
      }
      assertThat(expected).hasSizeGreaterThan(50).anyMatch(k -> k.contains("|https://news.example.org/2024/05/02/ankara|"));
      assertThat(actual).isEqualTo(expected);
      assertThat(actualDocs).isEqualTo(expectedDocs);
      assertThat(session.read().parquet(out.resolve("diagnostics").toString()).collectAsList())
          .extracting(r -> r.getAs("origin") + ": " + r.getAs("message"))
          .containsExactly(missing + ": no such file or directory");
      // The summary line counts what was written.
      assertThat(spark.err()).contains(String.format("attache: %d documents, %d events, 1 diagnostics written under %s",
          actualDocs.size(), actual.size(), out));
    } finally {
      session.stop();
    }
  }

  private static byte[] warcResponse(String uri, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
    int length = http.getBytes(StandardCharsets.UTF_8).length;
    return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-02T18:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:3f1b7a8e-1d0c-4c57-9d6e-2f1e0a6c9b11>\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + length + "\r\n\r\n" + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String key(JsonNode e) {
    List<String> k = new ArrayList<>(List.of(e.get("id").asText(), e.get("doc").asText(), e.get("code").asText(),
        String.valueOf(e.get("date").asText(null)), String.valueOf(e.get("date_basis").asText(null)),
        String.valueOf(e.get("source").get("code").asText(null)),
        e.get("target").isNull() ? "null" : String.valueOf(e.get("target").get("code").asText(null)),
        e.get("location").isNull() ? "null" : e.get("location").get("name").asText(),
        e.get("span").get(0).asText(), e.get("span").get(1).asText(), e.get("confidence").asText()));
    return String.join("|", k);
  }

  private static String key(Row r) {
    return String.join("|", r.getAs("id"), r.getAs("doc"), r.getAs("code"), String.valueOf((Object) r.getAs("date")),
        String.valueOf((Object) r.getAs("date_basis")), String.valueOf((Object) r.getAs("source_code")),
        r.getAs("target_text") == null ? "null" : String.valueOf((Object) r.getAs("target_code")),
        r.getAs("location_name") == null ? "null" : r.getAs("location_name"),
        String.valueOf((Object) r.getAs("span_start")), String.valueOf((Object) r.getAs("span_end")),
        String.valueOf((Object) r.getAs("confidence")));
  }
}
