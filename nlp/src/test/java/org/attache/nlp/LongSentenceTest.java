package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.AnnotatedDocument;
import org.attache.model.Event;
import org.attache.model.ParsedSentence;
import org.attache.resolve.EventResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs that would make a parser run for minutes: one 5,000-token sentence, and 5,000 words with
 * no sentence end at all. The annotator skips parsing sentences longer than {@code
 * maxParseLength} (100 tokens), so both come back annotated but unparsed within a generous bound,
 * and the event coder takes them too (finding no events: it reads dependencies). The models load
 * once, in {@link #load}.
 */
class LongSentenceTest {
  private static final Duration HANG = Duration.ofSeconds(60);
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static EventResolver coder;

  @BeforeAll
  static void load() throws Exception {
    ANNOTATOR.annotate(CoreNlpAnnotatorTest.dated("Envoys met in Moscow.", LocalDate.of(2025, 1, 31)));
    coder = EventResolver.withBundledData();
  }

  /** One sentence of news clauses joined by commas and "and", about 5,000 tokens, one full stop. */
  private static String oneLongSentence() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; s.toString().split("\\s+").length < 4_500; i++) {
      s.append(i == 0 ? "" : i % 2 == 0 ? ", and " : ", while ")
          .append("Iran's foreign minister met Russian officials in Moscow on Wednesday to discuss a treaty");
    }
    return s.append('.').toString();
  }

  /** Lower-case words, no punctuation, no capitals, no line breaks: nothing to split sentences on. */
  private static String noSentenceEnds() {
    String[] words = {"the", "minister", "met", "officials", "in", "moscow", "to", "discuss", "trade", "and", "energy"};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      s.append(i == 0 ? "" : " ").append(words[i % words.length]);
    }
    return s.toString();
  }

  @Test
  void annotateAndCode_5000TokenSentence_unparsedButAnnotatedInBoundedTime() {
    long start = System.nanoTime();
    AnnotatedDocument doc = assertTimeoutPreemptively(HANG,
        () -> ANNOTATOR.annotate(CoreNlpAnnotatorTest.dated(oneLongSentence(), LocalDate.of(2025, 1, 31))));
    ParsedSentence longest = longest(doc);
    assertThat(longest.tokens()).hasSizeGreaterThanOrEqualTo(5_000);
    assertThat(longest.isParsed()).as("a sentence over maxParseLength is not parsed").isFalse();
    assertThat(doc.entities()).as("NER still runs on it").isNotEmpty();
    List<Event> events = assertTimeoutPreemptively(HANG, () -> coder.extract(doc));
    System.out.printf("LongSentenceTest: one sentence of %d tokens annotated and coded in %.1f s, %d events%n",
        longest.tokens().size(), (System.nanoTime() - start) / 1e9, events.size());
    // The coder reads dependencies: an unparsed sentence gives no events, the price of the bound.
    assertThat(events).isEmpty();
  }

  @Test
  void annotateAndCode_noSentenceEnds_oneUnparsedSentenceInBoundedTime() {
    AnnotatedDocument doc = assertTimeoutPreemptively(HANG,
        () -> ANNOTATOR.annotate(CoreNlpAnnotatorTest.dated(noSentenceEnds(), LocalDate.of(2025, 1, 31))));
    assertThat(doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(5_000);
    assertThat(longest(doc).isParsed()).isFalse();
    assertTimeoutPreemptively(HANG, () -> coder.extract(doc));
  }

  private static ParsedSentence longest(AnnotatedDocument doc) {
    return doc.sentences().stream().max((a, b) -> Integer.compare(a.tokens().size(), b.tokens().size())).orElseThrow();
  }
}
