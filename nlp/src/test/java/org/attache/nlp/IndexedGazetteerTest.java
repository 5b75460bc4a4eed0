package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexedGazetteerTest {
  @Test
  void rewritePattern_plainWords_keptAsTheyAre() {
    assertThat(IndexedGazetteer.rewritePattern("foreign minister")).containsExactly("foreign minister");
  }

  @Test
  void rewritePattern_regexWithOneLiteralToken_keptBecauseIndexed() {
    assertThat(IndexedGazetteer.rewritePattern("secretary of .*")).containsExactly("secretary of .*");
  }

  @Test
  void rewritePattern_escapedDots_becomeStringMatch() {
    assertThat(IndexedGazetteer.rewritePattern("u\\.s\\.")).containsExactly("( [{word:\"u.s.\"}] )");
  }

  @Test
  void rewritePattern_optionalDot_givesBothForms() {
    assertThat(IndexedGazetteer.rewritePattern("Ala\\.?"))
        .containsExactlyInAnyOrder("( [{word:\"Ala\"}] )", "( [{word:\"Ala.\"}] )");
  }

  @Test
  void rewritePattern_severalTokensWithoutLiteral_expandsEveryCombination() {
    assertThat(IndexedGazetteer.rewritePattern("lance\\. cpl\\.?")).hasSize(2)
        .contains("( [{word:\"lance.\"}] [{word:\"cpl.\"}] )");
  }

  @Test
  void rewritePattern_trueRegularExpression_dropped() {
    assertThat(IndexedGazetteer.rewritePattern("@[A-Za-z_][a-zA-Z_0-9]*")).isEmpty();
    assertThat(IndexedGazetteer.rewritePattern("P[Aa]\\.?")).isEmpty();
  }

  @Test
  void rewritePattern_tokensRegexEntry_keptAsItIs() {
    assertThat(IndexedGazetteer.rewritePattern("( /a/ /b/ )")).containsExactly("( /a/ /b/ )");
  }

  @Test
  void rewriteLine_keepsTypeOverwriteAndPriorityColumns() {
    assertThat(IndexedGazetteer.rewriteLine("u\\.s\\.\tCOUNTRY\tLOCATION\t1"))
        .containsExactly("( [{word:\"u.s.\"}] )\tCOUNTRY\tLOCATION\t1");
  }

  @Test
  void literalVariants_trailingBackslash_isNotALiteral() {
    assertThat(IndexedGazetteer.literalVariants("abc\\")).isEmpty();
    assertThat(IndexedGazetteer.literalVariants("\\d")).isEmpty();
  }
}
