package org.attache.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attache.clean.Cleaner;
import org.attache.model.Basis;
import org.attache.model.DateRange;
import org.attache.model.Publication;
import org.attache.model.RawArticle;
import org.attache.reference.Countries;
import org.attache.reference.OfficeHolders;
import org.attache.reference.ResourceFormatException;
import org.attache.reference.Role;
import org.attache.reference.Term;
import org.attache.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentDaterTest {
  private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static DocumentDater dater;
  private static DocumentDater bundled;
  private final Cleaner cleaner = new Cleaner();

  @BeforeAll
  static void tables() throws ResourceFormatException {
    OfficeHolders holders = OfficeHolders.of(List.of(
        term("Hossein Amir-Abdollahian", "IRN", Role.FM, "2021-08-25", "2024-05-19", "Amir Abdollahian"),
        term("Ebrahim Raisi", "IRN", Role.HOS, "2021-08-03", "2024-05-19", "Raisi"),
        term("Vladimir Putin", "RUS", Role.HOS, "2000-05-07", "2008-05-07", "Putin"),
        term("Vladimir Putin", "RUS", Role.HOS, "2012-05-07", null, "Putin"),
        term("Xi Jinping", "CHN", Role.HOS, "2013-03-14", null, "Xi"),
        term("Joe Biden", "USA", Role.HOS, "2021-01-20", "2025-01-20", "Biden"),
        term("Mohammad Javad Zarif", "IRN", Role.FM, "2013-08-15", "2021-08-25", "Zarif")));
    dater = new DocumentDater(holders, Countries.load(), CLOCK);
    bundled = DocumentDater.withBundledData(CLOCK);
  }

  private static Term term(String name, String country, Role role, String start, String end, String alias) {
    return new Term(name, List.of(alias), country, role, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
  }

  private Publication dateText(String text) {
    return dater.date(cleaner.clean(RawArticle.text("t.txt", "t.txt", text)));
  }

  private Publication dateHtml(String html, String url) {
    return dater.date(cleaner.clean(new RawArticle("p.html", "p.html", RawArticle.Kind.HTML, html, url, null, null, null)));
  }

  @Test
  void date_headerLine_winsWithBasisHeader() {
    Publication p = dateText(" date 2025-01-31 TEHRAN – Envoys met in Moscow on Wednesday.\n\nHJ/13991216000915");
    assertThat(p.published()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(p.basis()).isEqualTo(Basis.HEADER);
  }

  @Test
  void date_agencyCodeAlone_givesItsSolarHijriDate() {
    Publication p = dateText("The ambassador delivered the message of the President.\n\nHJ/13991216000915");
    assertThat(p.published()).isEqualTo(LocalDate.of(2021, 3, 6));
    assertThat(p.basis()).isEqualTo(Basis.AGENCY_CODE);
  }

  @Test
  void date_metaTagJsonLdAndUrl_inThatOrder() {
    String body = "<body><article><p>Long enough article text about ministers meeting in Geneva to discuss the war.</p></article></body>";
    assertThat(dateHtml("<html><head><meta property=\"article:published_time\" content=\"2024-04-02T08:00:00+03:00\">"
        + "<script type=\"application/ld+json\">{\"datePublished\": \"2024-04-03\"}</script></head>" + body, "https://x.org/2024/04/05/a").published())
        .isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(dateHtml("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": \"2024-04-03T10:00:00Z\"}</script></head>" + body,
        "https://x.org/2024/04/05/a").published()).isEqualTo(LocalDate.of(2024, 4, 3));
    Publication byUrl = dateHtml("<html><head></head>" + body, "https://x.org/news/2024/04/05/ministers-meet");
    assertThat(byUrl.published()).isEqualTo(LocalDate.of(2024, 4, 5));
    assertThat(byUrl.basis()).isEqualTo(Basis.METADATA);
  }

  @Test
  void date_metadataInTheFuture_isIgnored() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2031-01-01\"></head>"
        + "<body><p>Text of an article about talks between ministers in a city somewhere.</p></body></html>";
    assertThat(dateHtml(html, null).published()).isNull();
  }

  @Test
  void date_officialNamedWithTitle_boundsTheRange() {
    Publication p = dateText("The Iranian foreign minister has said Iran and Russia should cooperate in Syria.\n"
        + "Hossein Amir Abdollahian made the comment in a meeting in Tehran.");
    assertThat(p.published()).isNull();
    assertThat(p.range()).isEqualTo(new DateRange(LocalDate.of(2021, 8, 25), LocalDate.of(2024, 5, 19)));
    assertThat(p.basis()).isEqualTo(Basis.INFERRED);
  }

  @Test
  void date_officialsAndAMentionedMonth_intersect() {
    Publication p = dateText("Russian President Vladimir Putin and Iranian President Ebrahim Raisi met in Moscow in December 2023.");
    assertThat(p.range()).isEqualTo(new DateRange(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 5, 19)));
  }

  @Test
  void date_formerOfficial_boundsFromAfterTheTerm() {
    Publication p = dateText("Former Iranian Foreign Minister Mohammad Javad Zarif spoke at a conference.");
    assertThat(p.range().start()).isEqualTo(LocalDate.of(2021, 8, 26));
  }

  @Test
  void date_futureDateMentioned_isNotALowerBound() {
    Publication p = dateText("Iranian President Ebrahim Raisi said the summit will be held on March 3, 2024.");
    assertThat(p.range()).isEqualTo(new DateRange(LocalDate.of(2021, 8, 3), LocalDate.of(2024, 5, 19)));
  }

  @Test
  void date_datelineWithWeekdayAndPresidents_fixesTheYear() {
    Publication p = dateText("SAN FRANCISCO, Nov. 15 (Attache Wire) -- Chinese President Xi Jinping met U.S. President Joe Biden on Wednesday.");
    assertThat(p.published()).isEqualTo(LocalDate.of(2023, 11, 15));
    assertThat(p.basis()).isEqualTo(Basis.DATELINE);
  }

  @Test
  void date_nothingAtAll_isUnknown() {
    assertThat(dateText("Officials met and talked about many things.")).isEqualTo(Publication.UNKNOWN);
  }

  @Test
  void date_seeds_eachGetsItsDateOrARangeContainingIt() throws IOException {
    Path seeds = SharedData.require("seeds");
    assertSeed(seeds, "000_b62c18213813c698.txt", "2025-01-31", Basis.HEADER);
    assertSeed(seeds, "001_74ad9d19b3ce4714.txt", "2025-03-07", Basis.HEADER);
    assertSeed(seeds, "003_1d3df573d8db068f.txt", "2021-03-06", Basis.HEADER);
    // Press TV, undated: Amir-Abdollahian as foreign minister bounds it.
    Publication pressTv = seed(seeds, "002_8e94011131dd3905.txt");
    assertThat(pressTv.basis()).isEqualTo(Basis.INFERRED);
    assertThat(pressTv.range().start()).isAfterOrEqualTo(LocalDate.of(2021, 8, 25));
    assertThat(pressTv.range().end()).isBeforeOrEqualTo(LocalDate.of(2024, 5, 19));
    // RT repost about the April 2024 strike on Iran's mission in Damascus: Raisi as president, December 2023 mentioned.
    Publication rt = seed(seeds, "004_eff68191a37fd25e.txt");
    assertThat(rt.range()).isNotNull();
    assertThat(rt.range().contains(LocalDate.of(2024, 4, 2))).isTrue();
    assertThat(rt.range().start()).isAfterOrEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(rt.range().end()).isBeforeOrEqualTo(LocalDate.of(2024, 5, 19));
  }

  private Publication seed(Path seeds, String name) throws IOException {
    return bundled.date(cleaner.clean(RawArticle.text(name, name, Files.readString(seeds.resolve(name)))));
  }

  private void assertSeed(Path seeds, String name, String day, Basis basis) throws IOException {
    Publication p = seed(seeds, name);
    assertThat(p.published()).as(name).isEqualTo(LocalDate.parse(day));
    assertThat(p.basis()).as(name).isEqualTo(basis);
  }
}
