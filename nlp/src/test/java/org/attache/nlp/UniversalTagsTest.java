package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniversalTagsTest {
  @Test
  void upos_verbAsAuxiliaryOrCopula_isAux() {
    assertThat(UniversalTags.upos("VBZ", "have", "aux")).isEqualTo("AUX");
    assertThat(UniversalTags.upos("VBD", "be", "cop")).isEqualTo("AUX");
    assertThat(UniversalTags.upos("VBD", "meet", "root")).isEqualTo("VERB");
  }

  @Test
  void upos_unparsedBe_isAux() {
    assertThat(UniversalTags.upos("VBZ", "be", "_")).isEqualTo("AUX");
    assertThat(UniversalTags.upos("VBD", "rain", "_")).isEqualTo("VERB");
  }

  @Test
  void upos_functionWordsByRelation_splitAsUniversalDependenciesDo() {
    assertThat(UniversalTags.upos("TO", "to", "mark")).isEqualTo("PART");
    assertThat(UniversalTags.upos("TO", "to", "case")).isEqualTo("ADP");
    assertThat(UniversalTags.upos("IN", "because", "mark")).isEqualTo("SCONJ");
    assertThat(UniversalTags.upos("IN", "in", "case")).isEqualTo("ADP");
    assertThat(UniversalTags.upos("DT", "that", "nsubj")).isEqualTo("PRON");
    assertThat(UniversalTags.upos("DT", "the", "det")).isEqualTo("DET");
    assertThat(UniversalTags.upos("RB", "not", "advmod")).isEqualTo("PART");
  }

  @Test
  void upos_oneToOneTags_mapped() {
    assertThat(UniversalTags.upos("NNP", "Iran", "nmod:poss")).isEqualTo("PROPN");
    assertThat(UniversalTags.upos("NNS", "talk", "_")).isEqualTo("NOUN");
    assertThat(UniversalTags.upos(",", ",", "punct")).isEqualTo("PUNCT");
    assertThat(UniversalTags.upos("CD", "20", "nummod")).isEqualTo("NUM");
  }

  @Test
  void upos_unknownTag_isX() {
    assertThat(UniversalTags.upos("???", "x", "_")).isEqualTo("X");
  }
}
