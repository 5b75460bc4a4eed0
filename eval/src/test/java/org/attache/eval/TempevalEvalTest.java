package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempevalEvalTest {
  @TempDir Path dir;

  @Test
  void read_timeMl_givesPlainTextWithGoldSpans() throws Exception {
    Path f = dir.resolve("x.tml");
    Files.writeString(f, "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22, 2013</TIMEX3></DCT>"
        + "<TEXT>Talks &amp; more <EVENT eid=\"e1\">ended</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-21\">Thursday</TIMEX3>.</TEXT></TimeML>");
    TempevalEval.Doc d = TempevalEval.read(f);
    assertThat(d.created()).isEqualTo(LocalDate.of(2013, 3, 22));
    assertThat(d.text()).isEqualTo("Talks & more ended on Thursday.");
    assertThat(d.gold()).singleElement().satisfies(t -> {
      assertThat(d.text().substring(t.begin(), t.end())).isEqualTo("Thursday");
      assertThat(t.value()).isEqualTo("2013-03-21");
    });
  }

  @Test
  void value_correctsWhatSutimeLeavesOpen() {
    TempevalEval eval = new TempevalEval(doc -> {
      throw new UnsupportedOperationException("not annotated here");
    });
    LocalDate dct = LocalDate.of(2013, 3, 22);
    assertThat(eval.value(time("four years ago", "DATE", "2009-03-22"), dct, true)).isEqualTo("2009");
    assertThat(eval.value(time("the 20th century", "DATE", "19XX"), dct, true)).isEqualTo("19");
    assertThat(eval.value(time("15:00 GMT", "TIME", "2013-03-23T15:00+0000"), dct, false)).isEqualTo("2013-03-23T15:00");
    assertThat(eval.value(time("2009-2010", "DURATION", "PT8760H"), dct, true)).isEqualTo("2009");
    assertThat(eval.value(time("July", "DATE", "2013-07"), dct, true)).isEqualTo("2012-07");
    assertThat(eval.value(time("July", "DATE", "2013-07"), dct, false)).isEqualTo("2013-07");
    assertThat(eval.value(time("about a month earlier", "DATE", "2013-02"), dct, true)).isEqualTo("P1M");
    assertThat(eval.value(time("eight years from now", "DATE", "2021-03-22"), dct, false)).isEqualTo("P8Y");
    assertThat(eval.value(time("the past several months", "DATE", "2012-12-22/2013-03-22"), dct, true)).isEqualTo("PXM");
    assertThat(eval.value(time("January day in 2011", "DATE", "2011 INTERSECT P1D INTERSECT XXXX-01"), dct, true))
        .isEqualTo("2011-01-XX");
    assertThat(eval.value(time("early December, a month earlier", "DATE", "2013-02"), dct, true)).isEqualTo("2012-12");
  }

  private static TimeExpression time(String text, String type, String value) {
    return new TimeExpression(0, 1, 1, text, type, value, 0, text.length());
  }
}
