package org.attache.nlp;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.*;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() {
    String text = "Iran's Ambassador to Russia, Kazem Jalali, met Mikhail Bogdanov in Moscow on Wednesday.\n\n"
        + "The Russian President said talks with U.S. officials would continue next month. Talks in Beijing.";
    Document doc = new Document("d1", "test", null, text, List.of(), "en", null, null, List.of());
    DatedDocument dd = new DatedDocument(doc, Publication.on(LocalDate.of(2025, 1, 31), Basis.HEADER, "test"));
    long t = System.nanoTime();
    AnnotatedDocument a = new CoreNlpAnnotator().annotate(dd);
    System.out.println("ms " + (System.nanoTime() - t) / 1e6);
    for (ParsedSentence s : a.sentences()) {
      System.out.println(s.index() + " [" + s.text() + "] " + s.begin() + "-" + s.end());
      for (Token tk : s.tokens()) System.out.println("  " + tk);
    }
    a.entities().forEach(System.out::println);
    a.times().forEach(System.out::println);
  }
}
