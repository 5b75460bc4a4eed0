package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.attache.model.Diagnostic;
import org.attache.model.RawArticle;
import org.attache.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULTS);

  /** Collects what a reader sends. */
  static final class Collected implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
      articles.add(article);
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      diagnostics.add(diagnostic);
    }
  }

  private Collected readAll(Path... roots) {
    Collected c = new Collected();
    for (Path f : reader.files(List.of(roots), c)) {
      reader.read(f, c);
    }
    return c;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_folderOfMixedFiles_readsGoodFilesAndReportsEachBadOneByName() throws IOException {
    write("a.txt", "Iran and Russia signed a treaty on Friday.");
    write("sub/b.html", "<html><body><p>Talks were held in Moscow.</p></body></html>");
    write("empty.txt", "");
    write("binary.txt", new byte[] {'a', 0, 'b', 1, 2});
    write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'x'});
    write("notes.docx", "whatever");
    write(".hidden/skip.txt", "hidden files are not input");

    Collected c = readAll(dir);

    assertThat(c.articles).extracting(RawArticle::id).containsExactly("a.txt", "b.html");
    assertThat(c.diagnostics).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
        dir.resolve("binary.txt") + ": binary content (a NUL byte at offset 1)",
        dir.resolve("empty.txt") + ": empty file",
        dir.resolve("latin1.txt") + ": not valid UTF-8 (invalid byte sequence at offset 3)",
        dir.resolve("notes.docx") + ": unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)");
  }

  @Test
  void read_utf16WithByteOrderMark_isText_andWithoutOne_isNamedForWhatItIs() throws IOException {
    String text = "Tehran's envoy met Mikhail Bogdanov in Moscow on Wednesday \u2014 \u0645\u0648\u0633\u06a9\u0648.";
    write("notepad.txt", withBom(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE)));
    write("page.html", withBom(new byte[] {(byte) 0xfe, (byte) 0xff},
        ("<html><head><meta charset=\"utf-8\"></head><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_16BE)));
    write("feed.jsonl", withBom(new byte[] {(byte) 0xff, (byte) 0xfe},
        ("{\"id\": \"j1\", \"text\": \"" + text + "\"}\n").getBytes(StandardCharsets.UTF_16LE)));
    write("nobom.txt", text.getBytes(StandardCharsets.UTF_16LE));
    // An unpaired high surrogate (D800) after the mark and one character.
    write("broken.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0, 0x00, (byte) 0xd8, 'b', 0});
    write("utf32.txt", withBom(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, new byte[] {'a', 0, 0, 0}));

    Collected c = readAll(dir);

    assertThat(c.articles).extracting(RawArticle::id).containsExactlyInAnyOrder("notepad.txt", "page.html", "j1");
    assertThat(c.articles).allSatisfy(a -> assertThat(a.content()).contains(text).doesNotContain("\ufeff"));
    assertThat(c.diagnostics).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
        dir.resolve("nobom.txt") + ": UTF-16 text without a byte-order mark (NUL bytes at every other offset): "
            + "save it as UTF-8, or as UTF-16 with a byte-order mark",
        dir.resolve("broken.txt") + ": not valid UTF-16LE (invalid byte sequence at offset 4)",
        dir.resolve("utf32.txt") + ": binary content (a NUL byte at offset 2)");
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void read_fileOverTheLimit_isReportedWithItsSize() throws IOException {
    Path big = write("big.txt", "x".repeat(200));
    Collected c = new Collected();
    new ArticleReader(new ReaderConfig(100)).read(big, c);
    assertThat(c.articles).isEmpty();
    assertThat(c.diagnostics).singleElement().asString().contains("file too large (200 bytes; the limit is 100)");
  }

  @Test
  void read_missingPath_isReported() {
    Collected c = readAll(dir.resolve("nope"));
    assertThat(c.diagnostics).singleElement().asString().endsWith("nope: no such file or directory");
  }

  @Test
  void read_jsonLines_givesOneArticlePerLineAndReportsMalformedLinesByNumber() throws IOException {
    write("feed.jsonl", String.join("\n",
        "{\"id\": \"one\", \"text\": \"Putin met Pezeshkian.\", \"url\": \"https://x.org/2025/01/17/a\", \"published\": \"2025-01-17\", \"title\": \"T\"}",
        "{not json",
        "",
        "{\"id\": \"three\", \"html\": \"<p>Talks.</p>\"}",
        "{\"id\": \"four\"}",
        "[1, 2]"));
    Collected c = readAll(dir);
    assertThat(c.articles).extracting(RawArticle::id).containsExactly("one", "three");
    RawArticle one = c.articles.get(0);
    assertThat(one.url()).isEqualTo("https://x.org/2025/01/17/a");
    assertThat(one.published()).isEqualTo("2025-01-17");
    assertThat(one.title()).isEqualTo("T");
    assertThat(c.articles.get(1).kind()).isEqualTo(RawArticle.Kind.HTML);
    assertThat(c.diagnostics).extracting(Diagnostic::line).containsExactly(2, 5, 6);
    assertThat(c.diagnostics.get(0).toString()).startsWith(dir.resolve("feed.jsonl") + ":2: malformed JSON");
    assertThat(c.diagnostics.get(1).message()).isEqualTo("no \"text\" or \"html\" field with content");
  }

  @Test
  void read_htmlDeclaringLegacyCharset_decodesInIt() throws IOException {
    byte[] page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 talks.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Collected c = new Collected();
    reader.read(write("p.html", page), c);
    assertThat(c.diagnostics).isEmpty();
    assertThat(c.articles.get(0).content()).contains("Caf\u00e9 talks.");
  }

  @Test
  void read_warc_givesHtmlResponsesWithTargetUriAsId() throws IOException {
    String html = "<html><body><p>Ministers met in Ankara.</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length() + "\r\n\r\n" + html;
    String dns = "dns:example.org";
    byte[] warc = (record("response", "https://news.example.org/2024/05/02/ankara", "application/http; msgtype=response", http)
        + record("resource", dns, "text/dns", "example.org. 300 IN A 127.0.0.1\r\n")).getBytes(StandardCharsets.UTF_8);
    Path plain = write("crawl.warc", warc);
    Path gz = dir.resolve("crawl2.warc.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(warc);
    }
    for (Path p : List.of(plain, gz)) {
      Collected c = new Collected();
      reader.read(p, c);
      assertThat(c.diagnostics).isEmpty();
      assertThat(c.articles).singleElement().satisfies(a -> {
        assertThat(a.id()).isEqualTo("https://news.example.org/2024/05/02/ankara");
        assertThat(a.content()).contains("Ministers met in Ankara.");
        assertThat(a.crawled()).startsWith("2024-05-03");
      });
    }
  }

  @Test
  void readFromSource_warcAndText_streamAsFromPath() throws IOException {
    String html = "<html><body><p>Ministers met in Ankara.</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length() + "\r\n\r\n" + html;
    byte[] warc = record("response", "https://news.example.org/a", "application/http; msgtype=response", http)
        .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(warc);
    }
    byte[] text = "Ministers met in Ankara on Friday.".getBytes(StandardCharsets.UTF_8);
    record Input(String name, byte[] bytes) {}
    for (Input in : List.of(new Input("crawl.warc", warc), new Input("crawl.warc.gz", gz.toByteArray()),
        new Input("note.txt", text))) {
      Collected fromSource = new Collected();
      reader.read(in.name(), "hdfs://nn/" + in.name(), in.bytes().length,
          () -> new java.io.ByteArrayInputStream(in.bytes()), fromSource);
      Collected fromPath = new Collected();
      reader.read(write(in.name(), in.bytes()), fromPath);
      assertThat(fromSource.diagnostics).as(in.name()).isEmpty();
      assertThat(fromSource.articles).as(in.name()).hasSize(1);
      assertThat(fromSource.articles.get(0).id()).isEqualTo(fromPath.articles.get(0).id());
      assertThat(fromSource.articles.get(0).content()).isEqualTo(fromPath.articles.get(0).content())
          .contains("Ministers met in Ankara");
    }
  }

  @Test
  void readFromSource_tooLargeOrMissing_isReportedWithoutReading() {
    ArticleReader small = new ArticleReader(new ReaderConfig(10));
    Collected c = new Collected();
    small.read("big.txt", "s3a://bucket/big.txt", 11, () -> {
      throw new AssertionError("a file over the limit must not be opened");
    }, c);
    small.read("gone.jsonl", "s3a://bucket/gone.jsonl", 5, () -> {
      throw new java.io.FileNotFoundException("s3a://bucket/gone.jsonl");
    }, c);
    small.read("gone.warc.gz", "s3a://bucket/gone.warc.gz", 5, () -> {
      throw new java.io.FileNotFoundException("s3a://bucket/gone.warc.gz");
    }, c);
    assertThat(c.articles).isEmpty();
    assertThat(c.diagnostics).extracting(d -> d.origin() + ": " + d.message()).containsExactly(
        "s3a://bucket/big.txt: file too large (11 bytes; the limit is 10)",
        "s3a://bucket/gone.jsonl: no such file",
        "s3a://bucket/gone.warc.gz: no such file");
  }

  @Test
  void read_truncatedWarc_isReportedNotThrown() throws IOException {
    Path p = write("bad.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort");
    Collected c = new Collected();
    reader.read(p, c);
    assertThat(c.articles).isEmpty();
    assertThat(c.diagnostics).isNotEmpty().allSatisfy(d -> assertThat(d.origin()).startsWith(p.toString()));
  }

  @Test
  void read_commonCrawlRecord_fromSharedData() {
    Path warcs = SharedData.require("corpora/warc");
    Collected c = readAll(warcs);
    assertThat(c.articles).isNotEmpty();
    assertThat(c.articles).allSatisfy(a -> assertThat(a.id()).startsWith("http"));
  }

  private static String record(String type, String uri, String contentType, String block) {
    int len = block.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2024-05-03T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + len + "\r\n\r\n" + block + "\r\n\r\n";
  }
}
