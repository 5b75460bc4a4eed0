package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role at a date: a name resolves to the code of the office its holder held that day, and to
 * the country's elite (ELI) outside every term. Offices that changed hands since 2020.
 */
class OfficeHolderActorsTest {
  @ParameterizedTest(name = "{0} on {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Ebrahim Raisi            | 2023-06-01 | IRNGOV
      Ebrahim Raisi            | 2020-06-01 | IRNELI
      Masoud Pezeshkian        | 2025-01-17 | IRNGOV
      Masoud Pezeshkian        | 2024-06-01 | IRNELI
      Joe Biden                | 2023-11-15 | USAGOV
      Joe Biden                | 2025-03-01 | USAELI
      Donald Trump             | 2022-06-01 | USAELI
      Donald Trump             | 2025-03-01 | USAGOV
      Rishi Sunak              | 2023-05-01 | GBRGOV
      Rishi Sunak              | 2025-01-01 | GBRELI
      Keir Starmer             | 2025-01-01 | GBRGOV
      Olaf Scholz              | 2024-01-01 | DEUGOV
      Olaf Scholz              | 2025-06-01 | DEUELI
      Friedrich Merz           | 2025-06-01 | DEUGOV
      Fumio Kishida            | 2024-09-06 | JPNGOV
      Shigeru Ishiba           | 2025-01-01 | JPNGOV
      Yoon Suk Yeol            | 2024-09-06 | KORGOV
      Yoon Suk Yeol            | 2025-07-01 | KORELI
      Lee Jae-myung            | 2025-07-01 | KORGOV
      Antony Blinken           | 2024-07-27 | USAGOV
      Antony Blinken           | 2025-02-18 | USAELI
      Marco Rubio              | 2025-02-18 | USAGOV
      Hossein Amir-Abdollahian | 2023-04-08 | IRNGOV
      Amir Abdollahian         | 2024-08-01 | IRNELI
      Abbas Araghchi           | 2025-01-01 | IRNGOV
      Sergei Shoigu            | 2023-01-01 | RUSGOV
      Bashar al-Assad          | 2023-01-01 | SYRGOV
      Bashar al-Assad          | 2025-01-01 | SYRELI
      Ahmed al-Sharaa          | 2025-01-01 | SYRGOV
      Naftali Bennett          | 2022-01-01 | ISRGOV
      Naftali Bennett          | 2023-01-01 | ISRELI
      Liz Truss                | 2022-10-01 | GBRGOV
      Mohammad Bagher Ghalibaf | 2021-02-08 | IRNLEG
      Kazem Jalali             | 2025-01-29 | IRNGOV
      """)
  void codeOn_nameAndDate_isTheOfficeHeldThatDay(String name, String day, String code) {
    List<String> words = Phrases.words(name.replace('-', ' '));
    ActorDictionary.Entry entry = Dictionaries.bundled().actors.startingWith(words.get(0)).stream()
        .filter(e -> e.words().equals(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor entry for " + name));
    assertThat(entry.actor().codeOn(LocalDate.parse(day))).isEqualTo(code);
  }
}
