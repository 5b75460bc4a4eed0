package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and scripts see it: output, stderr and exit codes. */
class MainTest {
  @TempDir Path dir;

  public record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  public static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownFlag_exits2WithOneLineAndAHelpHint() {
    Run r = run("extract", "-x", "foo");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("attache: Unknown option: '-x'").contains("Try 'attache extract --help'");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void everyCommand_answersHelpWithItsUsage() {
    for (String command : List.of("extract", "ingest", "events", "serve", "demo", "eval")) {
      Run r = run(command, "--help");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).startsWith("Usage: attache " + command);
    }
  }

  @Test
  void ingestRetryForNegative_exits2QuotingIt() {
    Run r = run("ingest", "--retry-for", "-1", "--db", "jdbc:duckdb:" + dir.resolve("s.duckdb"), dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("attache: --retry-for must not be negative, was -1");
  }

  @Test
  void missingPath_exits2() {
    Run r = run("extract", "--emit", "documents");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void pathThatDoesNotExist_exits2NamingIt() {
    Run r = run("extract", "--emit", "documents", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("attache: no such file or directory: '" + dir.resolve("nope") + "'");
  }

  @Test
  void unknownFormat_exits2() {
    assertThat(run("extract", "--emit", "documents", "--format", "xml", dir.toString()).code()).isEqualTo(2);
  }

  @Test
  void extractDocuments_goodAndBadFiles_writesTheGoodOnesAndExits1() throws IOException {
    Files.writeString(dir.resolve("a.txt"), " date 2025-01-31 TEHRAN – Envoys met in Moscow on Wednesday.\n\nComments are closed.");
    Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2});
    Run r = run("extract", "--emit", "documents", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("b.txt: binary content");
    assertThat(r.lines()).hasSize(1);
    JsonNode doc = new ObjectMapper().readTree(r.lines().get(0));
    List<String> fields = new ArrayList<>();
    doc.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("doc", "title", "published", "published_range", "published_basis",
        "language", "text", "duplicate_of");
    assertThat(doc.get("doc").asText()).isEqualTo("a.txt");
    assertThat(doc.get("published").asText()).isEqualTo("2025-01-31");
    assertThat(doc.get("published_basis").asText()).isEqualTo("header");
    assertThat(doc.get("published_range").isNull()).isTrue();
    assertThat(doc.get("text").asText()).isEqualTo("Envoys met in Moscow on Wednesday.");
    assertThat(doc.get("language").asText()).isEqualTo("en");
  }

  @Test
  void extractDocuments_rangeIsAnArrayOfTwoDays() throws IOException {
    Files.writeString(dir.resolve("u.txt"), "Russian President Vladimir Putin and Iranian President Ebrahim Raisi met in Moscow in December 2023.");
    Run r = run("extract", "--emit", "documents", dir.toString());
    assertThat(r.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.lines().get(0));
    assertThat(doc.get("published").isNull()).isTrue();
    assertThat(doc.get("published_range").size()).isEqualTo(2);
    assertThat(doc.get("published_basis").asText()).isEqualTo("inferred");
  }

  @Test
  void extractDocuments_csvToAFile_hasOneHeaderRowAndQuotesFields() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Talks, held in Doha, \"went well\".\nMore talks followed.");
    Path out = dir.resolve("out.csv");
    Run r = run("extract", "--emit", "documents", "--format", "csv", "--out", out.toString(), dir.resolve("a.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    String csv = Files.readString(out);
    assertThat(csv).startsWith("doc,title,published,published_range,published_basis,language,text,duplicate_of\r\n");
    assertThat(csv).contains("\"Talks, held in Doha, \"\"went well\"\".\n\nMore talks followed.\"");
  }

  @Test
  void serve_badPortOrToken_usageErrors() {
    Run port = run("serve", "--port", "70000");
    assertThat(port.code()).isEqualTo(Main.USAGE);
    assertThat(port.err()).contains("port must be between 0 and 65535, was 70000");
    Run token = run("serve", "--token", "short");
    assertThat(token.code()).isEqualTo(Main.USAGE);
    assertThat(token.err()).contains("the token must be at least 16 characters");
  }

  @Test
  void demo_printsATimelineOfTheBundledSample() {
    Run r = run("demo", "--no-serve", "--data", dir.resolve("demo-data").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Attaché demo: 15 articles from 14 bundled sample files");
    assertThat(r.out()).contains("2025-01-18", "agency-code", "dateline", "inferred");
    assertThat(r.out()).containsPattern("Stored: 15 documents, \\d+ events from \\d+ reports");
    assertThat(Files.exists(dir.resolve("demo-data").resolve("attache.duckdb"))).isTrue();
    // A second demo starts afresh rather than finding its own articles already stored.
    Run again = run("demo", "--no-serve", "--data", dir.resolve("demo-data").toString());
    assertThat(again.out()).containsPattern("Stored: 15 documents");
  }

  @Test
  void eval_unknownSuiteOrFolder_exits2() {
    assertThat(run("eval", "nonsense", dir.toString()).code()).isEqualTo(2);
    Run r = run("eval", "extraction", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not an extraction suite folder");
  }
}
