package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attache.model.Document;
import org.attache.model.RawArticle;

/** Invariants of cleaning over generated articles mixing sentences and boilerplate. */
class CleanerProperties {
  private static final List<String> SENTENCES = List.of(
      "The foreign ministers met in Moscow on Wednesday to discuss Syria.",
      "Iran and Russia signed a comprehensive strategic partnership treaty.",
      "The ministry condemned the airstrike as completely unacceptable.",
      "Officials said the talks would continue in the coming weeks, without giving a date.",
      "“We are determined to enhance our cooperation,” the ambassador said.");
  private static final List<String> BOILERPLATE = List.of(
      "You can share this story on social media:", "Comments are closed.",
      "This website uses cookies to improve your experience. Accept Read More",
      "Ukrainian President Volodymyr Zelensky has directed Defense Minister Rustem Umerov to engage with partners on…",
      "HJ/13991216000915", "By John Smith");

  @Provide
  Arbitrary<List<String>> articles() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(SENTENCES)), net.jqwik.api.Tuple.of(1, Arbitraries.of(BOILERPLATE)));
    return line.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 300)
  void clean_neverInventsTextAndKeepsEverySentence(@ForAll("articles") List<String> lines) {
    String input = String.join("\n", lines);
    Document d = new Cleaner().clean(RawArticle.text("p.txt", "p.txt", input));
    for (String kept : d.text().split("\n\n")) {
      if (!kept.isEmpty()) {
        assertThat(input).contains(kept);
      }
    }
    for (String line : lines) {
      if (SENTENCES.contains(line)) {
        assertThat(d.text()).contains(line);
      } else {
        assertThat(d.text()).doesNotContain(line);
      }
    }
  }

  @Property(tries = 1000)
  void wordCount_sameAsSplittingOnWhitespace(@ForAll("spacedText") String s) {
    String t = s.strip();
    assertThat(Texts.wordCount(s)).isEqualTo(t.isEmpty() ? 0 : t.split("\\s+").length);
  }

  @Provide
  Arbitrary<String> spacedText() {
    return Arbitraries.strings().withChars("ab \t\n\r\f\u000b\u00a0\u2003\u200b\u3000.").ofMaxLength(40);
  }
}
