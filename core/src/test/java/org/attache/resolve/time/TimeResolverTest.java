package org.attache.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {
  private final TimeResolver resolver = new TimeResolver();

  @ParameterizedTest(name = "{0} in an article of {1} is {3}")
  @CsvSource(delimiter = '|', textBlock = """
      on Wednesday          | 2025-01-31 | false | 2025-01-29 | relative
      Wednesday             | 2025-01-29 | false | 2025-01-29 | relative
      last Wednesday        | 2025-01-29 | false | 2025-01-22 | relative
      on Monday             | 2025-01-31 | true  | 2025-02-03 | relative
      next Monday           | 2025-01-31 | false | 2025-02-03 | relative
      earlier in February   | 2025-03-07 | false | 2025-02    | relative
      in March              | 2025-02-10 | false | 2024-03    | relative
      in March              | 2025-02-10 | true  | 2025-03    | relative
      last month            | 2024-04-02 | false | 2024-03    | relative
      this week             | 2025-03-07 | false | 2025-03    | relative
      last year             | 2025-03-07 | false | 2024       | relative
      in December 2023      | 2024-04-02 | false | 2023-12    | explicit
      on February 8         | 2021-03-06 | false | 2021-02-08 | relative
      February 8            | 2021-01-06 | false | 2020-02-08 | relative
      on January 17         | 2025-01-31 | false | 2025-01-17 | relative
      17 January            | 2025-01-31 | false | 2025-01-17 | relative
      Jan. 17, 2025         | 2025-01-31 | false | 2025-01-17 | explicit
      December 8, 2024      | 2025-01-31 | false | 2024-12-08 | explicit
      in 2018               | 2025-01-31 | false | 2018       | explicit
      yesterday             | 2025-01-31 | false | 2025-01-30 | relative
      today                 | 2025-01-31 | false | 2025-01-31 | relative
      three days ago        | 2025-01-31 | false | 2025-01-28 | relative
      two years ago         | 2025-01-31 | false | 2023       | relative
      """)
  void resolve_phrase_givesDateInTheRightDirectionAndPrecision(String text, String reference, boolean future,
      String value, String basis) {
    ResolvedTime r = resolver.resolve(text, LocalDate.parse(reference), future).orElseThrow();
    assertThat(r.value()).isEqualTo(value);
    assertThat(r.basis()).isEqualTo(basis);
  }

  @ParameterizedTest
  @CsvSource({"recently", "at the time", "may be"})
  void resolve_noCalendarTime_isEmpty(String text) {
    assertThat(resolver.resolve(text, LocalDate.of(2025, 1, 31), false)).isEmpty();
  }
}
