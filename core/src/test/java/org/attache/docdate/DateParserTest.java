package org.attache.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.docdate.DateMention.Precision;
import org.junit.jupiter.api.Test;

class DateParserTest {
  @Test
  void parseDay_commonForms_allParse() {
    LocalDate d = LocalDate.of(2021, 3, 6);
    assertThat(DateParser.parseDay("2021-03-06T10:00:00+03:30")).isEqualTo(d);
    assertThat(DateParser.parseDay("Sat, 06 Mar 2021 10:00:00 GMT")).isEqualTo(d);
    assertThat(DateParser.parseDay("March 6, 2021")).isEqualTo(d);
    assertThat(DateParser.parseDay("6th March 2021")).isEqualTo(d);
    assertThat(DateParser.parseDay("06.03.2021")).isEqualTo(d);
    assertThat(DateParser.parseDay("6. März 2021")).isEqualTo(d);
    assertThat(DateParser.parseDay("6 de marzo de 2021")).isEqualTo(d);
    assertThat(DateParser.parseDay("03/06/2021")).isEqualTo(d);
    assertThat(DateParser.parseDay("2021/03/06")).isEqualTo(d);
  }

  @Test
  void find_mixedText_givesEachMentionWithItsPrecision() {
    var found = DateParser.find("Signed on January 17, met in December 2023 and again on Nov. 15; it may 5 times rain.");
    assertThat(found).extracting(DateMention::precision)
        .containsExactly(Precision.MONTH_DAY, Precision.MONTH, Precision.MONTH_DAY);
    assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(found.get(1).lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void find_notADate_isIgnored() {
    assertThat(DateParser.find("Version 2021-13-45 and 31.02.2020 are not dates.")).isEmpty();
  }
}
