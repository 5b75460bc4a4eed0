package org.attache.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled office-holder table: its manifest, and who held an office on a day. */
class OfficeHoldersTest {
  private static OfficeHolders table;

  @BeforeAll
  static void load() throws Exception {
    table = OfficeHolders.load();
  }

  /** Everyone the table lists in an office of a country on a day. */
  private static List<String> holders(String country, Role role, String host, LocalDate day) throws IOException {
    List<String> hosts = host == null ? null : hostsOf(country, role, day);
    List<Term> terms = table.terms().stream()
        .filter(t -> t.country().equals(country) && t.role() == role)
        .filter(t -> !t.start().isAfter(day) && (t.end() == null || !t.end().isBefore(day)))
        .toList();
    return terms.stream()
        .filter(t -> host == null || hosts.contains(t.name() + " " + host))
        .map(Term::name).toList();
  }

  /** "name HOST" for ambassadors, read from the source column, which the Term does not carry. */
  private static List<String> hostsOf(String country, Role role, LocalDate day) throws IOException {
    try (InputStream in = OfficeHolders.class.getResourceAsStream("/org/attache/data/officials/officeholders.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().skip(1).map(l -> l.split("\t", -1))
          .filter(f -> f[2].equals(country) && f[3].equals(role.name()))
          .filter(f -> !LocalDate.parse(f[4]).isAfter(day) && (f[5].isEmpty() || !LocalDate.parse(f[5]).isBefore(day)))
          .filter(f -> f[6].contains("; AMB to "))
          .map(f -> f[0] + " " + f[6].substring(f[6].indexOf("; AMB to ") + 9).strip())
          .toList();
    }
  }

  @Test
  void manifest_rowCount_matchesTheTable() throws IOException {
    Properties manifest = Manifests.check("/org/attache/data/officials");
    assertThat(table.terms()).hasSize(Integer.parseInt(manifest.getProperty("rows")));
  }

  @Test
  void ambassadorRows_nameTheirHost() throws IOException {
    try (InputStream in = OfficeHolders.class.getResourceAsStream("/org/attache/data/officials/officeholders.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text.lines().skip(1).map(l -> l.split("\t", -1)).filter(f -> f[3].equals("AMB")))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f[6]).matches(".*; AMB to [A-Z]{3}$"));
    }
  }

  @ParameterizedTest(name = "{1} of {0} on {3} includes {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      RUS | DEPFM  | -   | 2024-01-01 | Mikhail Bogdanov
      RUS | DEPFM  | -   | 2025-03-06 | Sergey Ryabkov
      RUS | DEPFM  | -   | 2016-01-01 | Oleg Syromolotov
      IRN | DEPFM  | -   | 2014-06-01 | Hossein Amir-Abdollahian
      IRN | SPOKES | -   | 2021-03-01 | Saeed Khatibzadeh
      IRN | SPOKES | -   | 2014-05-01 | Marzieh Afkham
      USA | SPOKES | -   | 2018-01-01 | Heather Nauert
      CHN | SPOKES | -   | 2025-03-01 | Guo Jiakun
      USA | AMB    | UNO | 2022-01-01 | Linda Thomas-Greenfield
      USA | AMB    | UNO | 2017-06-01 | Nikki Haley
      RUS | AMB    | UNO | 2022-01-01 | Vasily Nebenzya
      CHN | AMB    | UNO | 2024-06-01 | Fu Cong
      IRN | AMB    | UNO | 2020-01-01 | Majid Takht-Ravanchi
      RUS | AMB    | USA | 2020-01-01 | Anatoly Antonov
      USA | AMB    | RUS | 2013-01-01 | Michael McFaul
      ISR | INTEL  | -   | 2022-01-01 | David Barnea
      ISR | INTEL  | -   | 2022-01-01 | Ronen Bar
      DEU | INTEL  | -   | 2020-01-01 | Bruno Kahl
      FRA | INTEL  | -   | 2024-06-01 | Nicolas Lerner
      GBR | INTEL  | -   | 2012-01-01 | John Sawers
      IRN | INTEL  | -   | 2023-01-01 | Mohammad Kazemi
      UKR | INTEL  | -   | 2023-01-01 | Kyrylo Budanov
      ISR | NSA    | -   | 2024-01-01 | Tzachi Hanegbi
      USA | ENVOY  | -   | 2022-01-01 | Robert Malley
      UNO | ENVOY  | -   | 2016-01-01 | Staffan de Mistura
      """)
  void holders_roleOnDay_includeTheKnownHolder(String country, Role role, String host, String day, String name)
      throws IOException {
    assertThat(holders(country, role, host, LocalDate.parse(day))).contains(name);
  }

  @ParameterizedTest(name = "{1} of {0} to {2} on {3} is only {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      USA | AMB    | UNO | 2025-06-01 | Dorothy Shea
      RUS | AMB    | USA | 2025-01-01 | -
      IRN | SPOKES | -   | 2017-01-01 | Bahram Ghasemi
      """)
  void holders_singleHolder(String country, Role role, String host, String day, String name) throws IOException {
    List<String> found = holders(country, role, host, LocalDate.parse(day));
    if (name == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).containsExactly(name);
    }
  }

  @Test
  void sharedSurname_isNoBareAlias() {
    // Bashar al-Jaafari (Syria) and Ibrahim al-Jaafari (Iraq) share the surname.
    assertThat(table.terms()).filteredOn(t -> t.name().endsWith("Jaafari"))
        .allSatisfy(t -> assertThat(t.aliases()).doesNotContain("Jaafari", "al-Jaafari"));
  }
}
