package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.model.Basis;
import org.attache.model.DateClue;
import org.attache.model.Document;
import org.attache.model.RawArticle;
import org.attache.testing.SharedData;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private final Cleaner cleaner = new Cleaner();

  private Document cleanText(String text) {
    return cleaner.clean(RawArticle.text("t.txt", "t.txt", text));
  }

  @Test
  void clean_headerLine_isMetadataAndItsFirstSentenceStaysInTheText() {
    Document d = cleanText(" date 2025-01-31 TEHRAN – In Moscow, the envoys met.\n\nThey talked.");
    assertThat(d.text()).isEqualTo("In Moscow, the envoys met.\n\nThey talked.");
    assertThat(d.dateline()).isEqualTo("TEHRAN");
    assertThat(d.clues()).contains(new DateClue(Basis.HEADER, "header line", "2025-01-31"));
  }

  @Test
  void clean_headerLineWithoutCity_keepsTheWholeSentence() {
    Document d = cleanText(" date 2021-03-06 In a meeting with Velayati, the ambassador spoke.");
    assertThat(d.text()).isEqualTo("In a meeting with Velayati, the ambassador spoke.");
    assertThat(d.dateline()).isNull();
  }

  @Test
  void clean_teaserHeadlinesAtTheEnd_areRemoved() {
    Document d = cleanText("The minister met the envoy in Tehran on Sunday.\n"
        + "Both sides praised the talks and agreed to meet again.\n"
        + "At least six soldiers have taken their own lives in recent months, the…\n"
        + "The British government has announced it will comply with its…\n"
        + "Air pollution is the most significant risk in Iran, accounting for 12%…");
    assertThat(d.text()).isEqualTo("The minister met the envoy in Tehran on Sunday.\n\n"
        + "Both sides praised the talks and agreed to meet again.");
    assertThat(d.removed()).hasSize(3).allSatisfy(r -> assertThat(r.reason()).isEqualTo(LineCleaner.TEASERS));
  }

  @Test
  void clean_mostReadHeadingAndItsHeadlines_areRemovedButTheArticleAfterStays() {
    Document d = cleanText("Russia condemned the airstrike on Monday, calling it unacceptable.\n"
        + "Most read\n"
        + "Five things to know about the summit\n"
        + "Oil prices climb after OPEC meeting\n"
        + "The ministry also urged restraint from all parties in the region.");
    assertThat(d.text()).isEqualTo("Russia condemned the airstrike on Monday, calling it unacceptable.\n\n"
        + "The ministry also urged restraint from all parties in the region.");
  }

  @Test
  void clean_repostPage_dropsSiteNameSharePromptCommentsAndCookieBannerAndFindsTheTitle() {
    Document d = cleanText("World Affairs Digest\n\n"
        + "Iran and Russia close to a new treaty – Moscow\n\n"
        + "The countries are looking to boost their strategic partnership\n\n"
        + "Moscow and Tehran are working on the final version of a treaty, an official said.\n\n"
        + "You can share this story on social media:\n\n"
        + "Russia Today\n\n"
        + "Comments are closed.\n\n"
        + "This website uses cookies to improve your experience. We'll assume you're ok with this. Accept Read More");
    assertThat(d.title()).isEqualTo("Iran and Russia close to a new treaty – Moscow");
    assertThat(d.text()).isEqualTo("The countries are looking to boost their strategic partnership\n\n"
        + "Moscow and Tehran are working on the final version of a treaty, an official said.");
    assertThat(d.removed()).extracting(Document.RemovedLine::reason).containsExactly(
        LineCleaner.SITE_NAME, LineCleaner.TITLE, LineCleaner.SHARE, LineCleaner.SITE_NAME,
        LineCleaner.COMMENTS, LineCleaner.COOKIES);
  }

  @Test
  void clean_agencyCodeAndByline_areRemovedAndTheCodeBecomesADateClue() {
    Document d = cleanText("By Jane Smith\n\nThe envoy delivered a message to the Leader.\n\nHJ/13991216000915");
    assertThat(d.text()).isEqualTo("The envoy delivered a message to the Leader.");
    assertThat(d.clues()).contains(new DateClue(Basis.AGENCY_CODE, "agency-code line", "HJ/13991216000915"));
  }

  @Test
  void clean_wireDateline_isStrippedAndKeptAsAClue() {
    Document d = cleanText("SEOUL, Sept. 6 (Meridian Wire) -- Leaders met on Friday in Seoul.\n\nThey agreed to talk again.");
    assertThat(d.text()).startsWith("Leaders met on Friday in Seoul.");
    assertThat(d.dateline()).isEqualTo("SEOUL");
    assertThat(d.clues()).contains(new DateClue(Basis.DATELINE, "dateline", "Sept. 6"));
  }

  @Test
  void clean_ordinarySentencesWithDashes_areNotMistakenForDatelines() {
    Document d = cleanText("NATO - the alliance - met in Brussels on Tuesday to discuss Ukraine.");
    assertThat(d.text()).isEqualTo("NATO - the alliance - met in Brussels on Tuesday to discuss Ukraine.");
  }

  @Test
  void clean_htmlPage_keepsTheArticleAndDropsNavigationCookieBannerAndMostRead() {
    String html = "<html><head><title>Talks | Site</title>"
        + "<meta property=\"article:published_time\" content=\"2025-02-28T09:00:00Z\"></head><body>"
        + "<nav><a href=/>Home</a><a href=/world>World</a><a href=/politics>Politics</a></nav>"
        + "<article><h1>Envoys meet in Geneva</h1>"
        + "<p>Envoys from both countries met in Geneva on Thursday to discuss the ceasefire and aid deliveries.</p>"
        + "<p>The talks lasted four hours, officials said, and will continue next week in the same format.</p>"
        + "<p>Both delegations described the atmosphere as constructive and businesslike after the meeting.</p></article>"
        + "<aside><h3>Most read</h3><ul><li><a href=/a>Storm hits coast</a></li><li><a href=/b>Markets fall</a></li></ul></aside>"
        + "<div class=cookie>We use cookies to improve your experience. Accept</div></body></html>";
    Document d = cleaner.clean(new RawArticle("p.html", "p.html", RawArticle.Kind.HTML, html, null, null, null, null));
    assertThat(d.title()).isEqualTo("Envoys meet in Geneva");
    assertThat(d.text()).contains("met in Geneva on Thursday", "The talks lasted four hours", "constructive and businesslike");
    assertThat(d.text()).doesNotContain("Home", "Most read", "Storm hits coast", "cookies");
    assertThat(d.clues()).contains(new DateClue(Basis.METADATA, "meta:article:published_time", "2025-02-28T09:00:00Z"));
    assertThat(d.language()).isEqualTo("en");
  }

  @Test
  void clean_pressTvSeed_dropsAllSixTeaserHeadlinesAndKeepsEveryArticleSentence() throws IOException {
    Path seed = SharedData.require("seeds/002_8e94011131dd3905.txt");
    Document d = cleanText(Files.readString(seed));
    assertThat(d.removed()).filteredOn(r -> r.reason().equals(LineCleaner.TEASERS)).hasSize(6);
    assertThat(d.text()).doesNotContain("Zelensky", "Larijani", "Air pollution", "…");
    assertThat(d.text()).startsWith("The Iranian foreign minister has said")
        .endsWith("topple Syrian President Bashar al-Assad.");
  }

  @Test
  void clean_rtRepostSeed_dropsPageFurnitureAndKeepsTheArticle() throws IOException {
    Path seed = SharedData.require("seeds/004_eff68191a37fd25e.txt");
    Document d = cleanText(Files.readString(seed));
    assertThat(d.title()).isEqualTo("Iran and Russia close to a new treaty – Moscow");
    assertThat(d.text()).doesNotContain("Jesus' Coming Back", "share this story", "Russia Today", "Comments are closed", "cookies");
    assertThat(d.text()).contains("Russia’s Foreign Ministry condemned the airstrike")
        .endsWith("“across the entire spectrum of our bilateral relations.”");
  }

  @Test
  void clean_tehranTimesSeed_removesTheAgencyCode() throws IOException {
    Path seed = SharedData.require("seeds/003_1d3df573d8db068f.txt");
    Document d = cleanText(Files.readString(seed));
    assertThat(d.text()).doesNotContain("HJ/13991216000915").startsWith("In a meeting with Adviser");
    assertThat(d.clues()).extracting(DateClue::basis).contains(Basis.HEADER, Basis.AGENCY_CODE);
  }
}
