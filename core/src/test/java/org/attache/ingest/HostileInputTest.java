package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.pipeline.DocumentPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile files, generated here: each goes through reading, cleaning and dating and
 * gives a correct result or a diagnostic naming the file, in bounded time, and never an exception
 * that would stop the batch.
 */
class HostileInputTest {
  @TempDir static Path dir;
  private static final Map<String, Expect> CORPUS = new LinkedHashMap<>();

  /** What a file must give. */
  enum Expect {
    DOCUMENT,
    DIAGNOSTIC,
    EITHER
  }

  @BeforeAll
  static void generate() throws IOException {
    String article = "Iran's foreign minister met his Russian counterpart in Moscow on Monday to discuss Syria.";
    file("empty.txt", new byte[0], Expect.DIAGNOSTIC);
    file("one-byte.txt", new byte[] {'x'}, Expect.EITHER);
    byte[] binary = new byte[4096];
    new java.util.Random(1).nextBytes(binary);
    file("binary.txt", binary, Expect.DIAGNOSTIC);
    file("binary.html", binary, Expect.DIAGNOSTIC);
    file("invalid-utf8.txt", concat(article.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}),
        Expect.EITHER);
    file("utf16-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, article.getBytes(StandardCharsets.UTF_16LE)), Expect.DOCUMENT);
    file("utf16-no-bom.txt", article.getBytes(StandardCharsets.UTF_16LE), Expect.DIAGNOSTIC);
    String arabic = "<html><head>%s<title>خبر</title></head><body><p>التقى وزير الخارجية الإيراني نظيره الروسي في موسكو يوم الاثنين.</p>"
        + "<p>" + article + "</p></body></html>";
    Charset cp1256 = Charset.forName("windows-1256");
    file("cp1256-declared.html", String.format(arabic, "<meta charset=\"windows-1256\">").getBytes(cp1256), Expect.DOCUMENT);
    file("cp1256-undeclared.html", String.format(arabic, "").getBytes(cp1256), Expect.EITHER);
    Charset cp1252 = Charset.forName("windows-1252");
    file("cp1252-declared.html", ("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 talks \u2014 "
        + article + "</p></body></html>").getBytes(cp1252), Expect.DOCUMENT);
    file("nested.html", ("<html><body>" + "<div>".repeat(100_000) + "<p>" + article + "</p>" + "</div>".repeat(100_000)
        + "</body></html>").getBytes(StandardCharsets.UTF_8), Expect.EITHER);
    file("one-long-line.txt", ("word ".repeat(400_000)).getBytes(StandardCharsets.UTF_8), Expect.EITHER);
    file("no-sentence-ends.txt", ("Iran and Russia talk ".repeat(5_000)).getBytes(StandardCharsets.UTF_8), Expect.EITHER);
    file("rtl-emoji-controls.txt", ("\u202EIran \uD83C\uDDEE\uD83C\uDDF7 met Russia \u0000\u0007\u001B[31m in Moscow. "
        + article).getBytes(StandardCharsets.UTF_8), Expect.EITHER);
    file("broken.jsonl", ("{\"id\": \"a\", \"text\": \"" + article + "\"}\n{not json\n{\"id\": \"b\"}\n"
        + "{\"id\": \"c\", \"text\": \"" + "x".repeat(2_000_000) + "\"}\n").getBytes(StandardCharsets.UTF_8), Expect.EITHER);
    file("truncated.warc", ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"
        + "Content-Type: text/html\r\n\r\n<html><body><p>" + article).getBytes(StandardCharsets.UTF_8), Expect.DIAGNOSTIC);
    file("not-gzip.warc.gz", "this is not gzip".getBytes(StandardCharsets.UTF_8), Expect.DIAGNOSTIC);
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        gz.write(zeros); // a gigabyte of zeros, about a megabyte compressed
      }
    }
    file("bomb.warc.gz", bomb.toByteArray(), Expect.DIAGNOSTIC);
    file("unknown.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), Expect.DIAGNOSTIC);
  }

  private static void file(String name, byte[] bytes, Expect expect) throws IOException {
    Files.write(dir.resolve(name), bytes);
    CORPUS.put(name, expect);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void everyHostileFile_resultOrDiagnosticNamingIt_inBoundedTime() throws Exception {
    DocumentPipeline pipeline = new DocumentPipeline(new ArticleReader(ReaderConfig.DEFAULTS), new Cleaner(),
        DocumentDater.withBundledData(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC)));
    List<String> outcomes = new ArrayList<>();
    for (Map.Entry<String, Expect> entry : CORPUS.entrySet()) {
      Path file = dir.resolve(entry.getKey());
      List<DatedDocument> docs = new ArrayList<>();
      List<Diagnostic> problems = new ArrayList<>();
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> pipeline.run(List.of(file), new DocumentPipeline.Listener() {
        @Override
        public void document(DatedDocument document) {
          docs.add(document);
        }

        @Override
        public void diagnostic(Diagnostic diagnostic) {
          problems.add(diagnostic);
        }
      }), entry.getKey());
      String name = entry.getKey();
      assertThat(docs.size() + problems.size()).as(name + ": nothing came out").isPositive();
      assertThat(problems).as(name).allSatisfy(p -> assertThat(p.origin()).contains(name));
      assertThat(problems).as(name).noneSatisfy(p -> assertThat(p.message()).startsWith("internal error"));
      switch (entry.getValue()) {
        case DOCUMENT -> assertThat(docs).as(name).isNotEmpty()
            .allSatisfy(d -> assertThat(d.document().text()).contains("Moscow"));
        case DIAGNOSTIC -> assertThat(problems).as(name).isNotEmpty();
        case EITHER -> { }
      }
      for (DatedDocument d : docs) {
        assertThat(d.document().text()).as(name).doesNotContain("\u0000");
      }
      outcomes.add(name + ": " + docs.size() + " documents" + (problems.isEmpty() ? ""
          : ", " + problems.stream().map(Diagnostic::message).distinct().collect(java.util.stream.Collectors.joining("; "))));
    }
    System.out.println("HostileInputTest:\n  " + String.join("\n  ", outcomes));
  }
}
