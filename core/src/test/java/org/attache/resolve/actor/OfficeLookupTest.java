package org.attache.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.reference.Countries;
import org.attache.reference.OfficeHolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeLookupTest {
  private static OfficeLookup lookup;

  @BeforeAll
  static void tables() throws Exception {
    lookup = new OfficeLookup(OfficeHolders.load(), Countries.load());
  }

  @ParameterizedTest(name = "{0} ({1}) on {2} is {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the Iranian president             | IRN | 2025-01-17 | Masoud Pezeshkian
      the Iranian president             | IRN | 2023-06-01 | Ebrahim Raisi
      Iran's foreign minister           | IRN | 2023-04-08 | Hossein Amir-Abdollahian
      Iran's Foreign Minister           | IRN | 2025-01-01 | Abbas Araghchi
      the US Secretary of State         | USA | 2025-02-18 | Marco Rubio
      the US Secretary of State         | USA | 2024-07-27 | Antony Blinken
      the British prime minister        | GBR | 2023-05-01 | Rishi Sunak
      the British prime minister        | GBR | 2025-01-01 | Keir Starmer
      the Russian president             | RUS | 2021-03-06 | Vladimir Putin
      the president                     | RUS | 2021-03-06 | -
      the Iranian ambassador            | IRN | 2025-01-31 | -
      the Russian envoy                 | RUS | 2021-03-06 | -
      """)
  void holder_descriptionAndDay_isWhoHeldTheOffice(String description, String country, String day, String name) {
    assertThat(lookup.holder(description, country, LocalDate.parse(day)).orElse(null)).isEqualTo(name);
  }
}
