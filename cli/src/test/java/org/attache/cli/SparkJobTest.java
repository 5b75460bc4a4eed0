package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
    MainTest.Run spark = MainTest.run("spark", "--master", "local[2]", input.toString(), out.toString());
    assertThat(spark.code()).as(spark.err()).isZero();

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
      assertThat(expected).hasSizeGreaterThan(50);
      assertThat(actual).isEqualTo(expected);
      assertThat(actualDocs).isEqualTo(expectedDocs);
    } finally {
      session.stop();
    }
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
