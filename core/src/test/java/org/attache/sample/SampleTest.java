package org.attache.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.pipeline.DocumentPipeline;
import org.attache.reference.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden expectations for the bundled sample ({@code expected.tsv}, one row per article): the
 * publication date or range and its basis, the title, one article sentence that must survive
 * cleaning and one piece of boilerplate that must not.
 */
class SampleTest {
  private static final Map<String, DatedDocument> DOCS = new HashMap<>();

  @BeforeAll
  static void runPipelineOnSample() throws ResourceFormatException {
    Clock clock = Clock.fixed(java.time.Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    DocumentPipeline pipeline = new DocumentPipeline(new ArticleReader(ReaderConfig.DEFAULTS), new Cleaner(),
        DocumentDater.withBundledData(clock));
    for (Sample.File f : Sample.files()) {
      pipeline.run(f.name(), f.bytes(), new DocumentPipeline.Listener() {
        @Override
        public void document(DatedDocument d) {
          String key = f.name().endsWith(".jsonl") ? f.name() + "#" + d.document().id() : f.name();
          DOCS.put(key, d);
        }

        @Override
        public void diagnostic(Diagnostic diagnostic) {
          throw new AssertionError("the sample must read cleanly: " + diagnostic);
        }
      });
    }
  }

  static Stream<String[]> rows() throws IOException {
    try (InputStream in = SampleTest.class.getResourceAsStream("/org/attache/sample/expected.tsv")) {
      List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sampleArticle_matchesItsGoldenExpectations(String file, String published, String rangeStart, String rangeEnd,
      String basis, String title, String mustKeep, String mustDrop) {
    DatedDocument d = DOCS.get(file);
    assertThat(d).as("document for " + file).isNotNull();
    if (!published.isEmpty()) {
      assertThat(d.publication().published()).as("published").isEqualTo(LocalDate.parse(published));
    } else {
      assertThat(d.publication().range()).as("range").isNotNull();
      assertThat(d.publication().range().start()).as("range start").isAfterOrEqualTo(LocalDate.parse(rangeStart));
      assertThat(d.publication().range().end()).as("range end").isBeforeOrEqualTo(LocalDate.parse(rangeEnd));
    }
    assertThat(d.publication().basis().label()).as("basis").isEqualTo(basis);
    if (!title.isEmpty()) {
      assertThat(d.document().title()).as("title").isEqualTo(title);
    }
    assertThat(d.document().text()).as("text").contains(mustKeep);
    if (!mustDrop.isEmpty()) {
      assertThat(d.document().text()).as("text").doesNotContain(mustDrop);
    }
  }
}
