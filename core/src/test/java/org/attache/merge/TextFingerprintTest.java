package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
  private static final String STORY = "Iran's Ambassador to Russia, Kazem Jalali, met Mikhail Bogdanov in Moscow on"
      + " Wednesday to discuss the situation in Syria, the South Caucasus and the new treaty between the two countries,"
      + " which both sides described as a turning point in their relations after years of talks.";

  @Test
  void exact_ignoresSpacingAndCase() {
    assertThat(TextFingerprint.exact(STORY)).isEqualTo(TextFingerprint.exact("  " + STORY.toUpperCase().replace(" ", "\n ")));
    assertThat(TextFingerprint.exact(STORY)).isNotEqualTo(TextFingerprint.exact(STORY + " More."));
  }

  @Test
  void signature_repostWithBoilerplate_nearDuplicateAndSharesABand() {
    String a = TextFingerprint.signature(STORY);
    String b = TextFingerprint.signature("Share this: " + STORY + " Read more on our site.");
    assertThat(TextFingerprint.similarity(a, b)).isGreaterThanOrEqualTo(TextFingerprint.NEAR_DUPLICATE);
    assertThat(TextFingerprint.bands(a)).containsAnyElementsOf(TextFingerprint.bands(b));
  }

  @Test
  void signature_differentStory_notNearDuplicate() {
    String other = "The foreign ministers of Turkey and Egypt met in Cairo on Monday to sign an agreement on trade,"
        + " energy and transport, the first such visit in a decade, officials from both countries said afterwards.";
    assertThat(TextFingerprint.similarity(TextFingerprint.signature(STORY), TextFingerprint.signature(other)))
        .isLessThan(0.2);
    assertThat(TextFingerprint.signature("too short")).isEmpty();
  }
}
