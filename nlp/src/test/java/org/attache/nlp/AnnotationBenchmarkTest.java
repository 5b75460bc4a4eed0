package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's command line and CSV reading; the benchmark itself is not run by tests. */
class AnnotationBenchmarkTest {
  @Test
  void run_unknownOption_exitsTwoQuotingIt() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AnnotationBenchmark.run(new String[] {"--fast"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Unknown option: '--fast'")
        .contains("usage: AnnotationBenchmark");
  }

  @Test
  void parse_badLimit_rejectedWithTheValue() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AnnotationBenchmark.run(new String[] {"--limit", "many"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--limit must be a number of articles, was 'many'");
  }

  @Test
  void parse_mavenDefaults_giveEachModeItsLimit() {
    AnnotationBenchmark.Options run = AnnotationBenchmark.Options.parse(
        new String[] {"--mode", "run", "--limit", "-1", "--shared", "/data", ""});
    assertThat(run).isEqualTo(new AnnotationBenchmark.Options(false, Integer.MAX_VALUE, Path.of("/data")));
    assertThat(AnnotationBenchmark.Options.parse(new String[] {"--mode", "compare"}).limit()).isEqualTo(45);
  }

  @Test
  void csvParse_quotedCommasNewlinesAndQuotes_keptInTheField() {
    String csv = "url,date,title,text\r\nhttp://a,2019-01-04,\"A, b\",\"Line one\n\nSaid \"\"no\"\".\"\n";
    List<List<String>> rows = BenchmarkCorpus.Csv.parse(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly("http://a", "2019-01-04", "A, b", "Line one\n\nSaid \"no\".");
  }
}
