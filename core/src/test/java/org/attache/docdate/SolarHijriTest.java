package org.attache.docdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SolarHijriTest {
  @Test
  void toGregorian_knownDates_match() {
    assertThat(SolarHijri.toGregorian(1399, 12, 16)).isEqualTo(LocalDate.of(2021, 3, 6));
    assertThat(SolarHijri.toGregorian(1403, 1, 1)).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(SolarHijri.toGregorian(1402, 1, 19)).isEqualTo(LocalDate.of(2023, 4, 8));
    assertThat(SolarHijri.toGregorian(1403, 11, 12)).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(SolarHijri.toGregorian(1357, 11, 22)).isEqualTo(LocalDate.of(1979, 2, 11));
  }

  @Test
  void toGregorian_lastDayOfLeapYear_isTheDayBeforeNowruz() {
    assertThat(SolarHijri.isLeap(1399)).isTrue();
    assertThat(SolarHijri.isLeap(1400)).isFalse();
    assertThat(SolarHijri.toGregorian(1399, 12, 30)).isEqualTo(LocalDate.of(2021, 3, 20));
    assertThat(SolarHijri.nowruz(1400)).isEqualTo(LocalDate.of(2021, 3, 21));
  }

  @Test
  void toGregorian_impossibleDate_isRejectedWithTheValue() {
    assertThatThrownBy(() -> SolarHijri.toGregorian(1400, 12, 30)).hasMessageContaining("1400-12-30");
    assertThatThrownBy(() -> SolarHijri.toGregorian(900, 1, 1)).hasMessageContaining("was 900");
  }

  @Test
  void agencyCode_tehranTimesCode_holdsItsSolarHijriDate() {
    assertThat(AgencyCodes.date("HJ/13991216000915")).isEqualTo(LocalDate.of(2021, 3, 6));
    assertThat(AgencyCodes.date("HJ/14021399000000")).isNull();
    assertThat(AgencyCodes.date("not a code")).isNull();
  }
}
