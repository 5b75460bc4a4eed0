package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.AnnotatedDocument;
import org.attache.model.EntityMention;
import org.attache.model.Event;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.attache.resolve.EventResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that reached the annotator in the wild or could: right-to-left scripts, emoji, control
 * characters, invisible joiners inside numbers and names, an unpaired surrogate, bidirectional
 * marks, punctuation alone. Each goes through the annotator and the coder within a bound, with
 * every offset inside the text. (The readers and the cleaner get the same and worse in
 * HostileInputTest; long sentences are LongSentenceTest's.)
 */
class HostileTextTest {
  private static final Duration HANG = Duration.ofSeconds(60);
  private static final LocalDate DAY = LocalDate.of(2025, 1, 31);
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static EventResolver coder;

  @BeforeAll
  static void load() throws Exception {
    coder = EventResolver.withBundledData();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "التقى وزير الخارجية الإيراني نظيره الروسي في موسكو يوم الأربعاء.",
      "Iran’s envoy 🇮🇷 met 🤝 Russia’s minister 🇷🇺 in Moscow 🏛️ on Wednesday 📅.",
      "Iran\u0001 met\u0007 Russia\u001b[31m in Moscow\u0000 on Wednesday.\u0085\u2028Then\u000c talks.",
      "Lavrov met Araghchi on \u200d4 March and \u200b12\u200d000 troops\u2060 withdrew.",
      "Iran met \ud800 Russia in Mos\udc00cow on Wednesday.",
      "\u202eIran met Russia\u202c in \u200fMoscow\u200e on Wednesday.",
      "?!... ;;; --- ((( ))) *** ??? !!! ... ,,, ''' \"\"\" ```",
      "IRAN MET RUSSIA IN MOSCOW ON WEDNESDAY AND SIGNED A TREATY WITH CHINA ON 17 JANUARY 2025",
      "Иран и Россия подписали договор в Москве 17 января 2025 года; 伊朗和俄罗斯签署了条约。"})
  void annotateAndCode_hostileText_boundedAndOffsetsInside(String text) {
    AnnotatedDocument doc = assertTimeoutPreemptively(HANG,
        () -> ANNOTATOR.annotate(CoreNlpAnnotatorTest.dated(text, DAY)));
    for (var s : doc.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(t.begin()).isBetween(0, text.length());
        assertThat(t.end()).isBetween(t.begin(), text.length());
      }
    }
    for (EntityMention m : doc.entities()) {
      assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
    for (TimeExpression x : doc.times()) {
      assertThat(text.substring(x.begin(), x.end())).isEqualTo(x.text());
    }
    List<Event> events = assertTimeoutPreemptively(HANG, () -> coder.extract(doc));
    for (Event e : events) {
      assertThat(text).contains(e.sentence());
    }
  }
}
