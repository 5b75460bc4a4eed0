package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.testing.SharedData;
import org.junit.jupiter.api.Test;

class EcbPlusTest {
  /** A CROMER document in small: three sentences, actions linked across and within documents. */
  static final String XML = """
      <Document doc_name="3_1ecbplus.xml" doc_id="DOC1">
      <token t_id="1" sentence="0" number="0">http://example.org</token>
      <token t_id="2" sentence="1" number="0">Iran</token>
      <token t_id="3" sentence="1" number="1">met</token>
      <token t_id="4" sentence="1" number="2">Russia</token>
      <token t_id="5" sentence="1" number="3">.</token>
      <token t_id="6" sentence="2" number="0">The</token>
      <token t_id="7" sentence="2" number="1">talks</token>
      <token t_id="8" sentence="2" number="2">were</token>
      <token t_id="9" sentence="2" number="3">called</token>
      <token t_id="10" sentence="2" number="4">off</token>
      <token t_id="11" sentence="3" number="0">Nobody</token>
      <token t_id="12" sentence="3" number="1">came</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="20"  ><token_anchor t_id="3"/></ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="21"  ><token_anchor t_id="7"/></ACTION_OCCURRENCE>
      <NEG_ACTION_OCCURRENCE m_id="22"  ><token_anchor t_id="9"/><token_anchor t_id="10"/></NEG_ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="23"  ><token_anchor t_id="12"/></ACTION_OCCURRENCE>
      <HUMAN_PART_GPE m_id="24"  ><token_anchor t_id="2"/></HUMAN_PART_GPE>
      <ACTION_REPORTING m_id="25"  ><token_anchor t_id="8"/></ACTION_REPORTING>
      <ACTION_OCCURRENCE m_id="30" RELATED_TO="" TAG_DESCRIPTOR="t3_meeting" instance_id="ACT42" />
      <UNKNOWN_INSTANCE_TAG m_id="31" RELATED_TO="" TAG_DESCRIPTOR="" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="100" note="ACT42" >
        <source m_id="20" />
        <source m_id="21" />
        <target m_id="30" />
      </CROSS_DOC_COREF>
      <INTRA_DOC_COREF r_id="101" >
        <source m_id="22" />
        <source m_id="25" />
        <target m_id="31" />
      </INTRA_DOC_COREF>
      </Relations>
      </Document>
      """;

  @Test
  void parse_keepsListedSentencesWithKnownOffsets() throws Exception {
    EcbPlus.Doc d = parse(Set.of(1, 2));
    assertThat(d.topic()).isEqualTo(3);
    assertThat(d.text()).isEqualTo("Iran met Russia .\n\nThe talks were called off");
    assertThat(d.mentions()).extracting(EcbPlus.Mention::text).containsExactly("met", "talks", "were", "called off");
    for (EcbPlus.Mention m : d.mentions()) {
      assertThat(d.text().substring(m.begin(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void parse_clustersByCrossDocInstanceThenIntraDocChainElseAlone() throws Exception {
    Map<String, String> clusters = new java.util.HashMap<>();
    parse(Set.of(1, 2, 3)).mentions().forEach(m -> clusters.put(m.id(), m.cluster()));
    assertThat(clusters).containsEntry("3_1ecbplus/20", "ACT42").containsEntry("3_1ecbplus/21", "ACT42")
        .containsEntry("3_1ecbplus/22", "3_1ecbplus/intra:101").containsEntry("3_1ecbplus/25", "3_1ecbplus/intra:101")
        .containsEntry("3_1ecbplus/23", "single:3_1ecbplus/23")
        .doesNotContainKey("3_1ecbplus/24"); // a participant, not an action
  }

  @Test
  void parse_mentionOutsideTheListedSentences_isLeftOut() throws Exception {
    assertThat(parse(Set.of(1)).mentions()).extracting(EcbPlus.Mention::text).containsExactly("met");
  }

  @Test
  void sentenceList_malformedLine_namesFileAndLine() {
    assertThat(EcbPlus.sentenceList(List.of("Topic,File,Sentence Number", "1,10ecbplus,1", "1,10ecbplus,3"), Path.of("x.csv")))
        .containsEntry("1_10ecbplus", Set.of(1, 3));
    assertThatThrownBy(() -> EcbPlus.sentenceList(List.of("Topic,File,Sentence Number", "1;10ecbplus;1"), Path.of("x.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x.csv:2: expected Topic,File,Sentence Number");
  }

  @Test
  void open_folderWithoutTheCorpus_saysWhatIsMissing(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThatThrownBy(() -> EcbPlus.open(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an ECB+ suite folder").hasMessageContaining(EcbPlus.CSV);
  }

  /** The real corpus, when ../shared/data holds it: every listed document reads, offsets agree. */
  @Test
  void read_sharedCorpus_givesEveryListedDocumentWithConsistentOffsets() throws Exception {
    EcbPlus corpus = EcbPlus.open(SharedData.require("corpora/ecbplus"));
    List<String> names = corpus.names();
    assertThat(names).hasSize(corpus.size()).startsWith("1_1ecb", "1_2ecb");
    int mentions = 0;
    Set<String> clusters = new HashSet<>();
    Set<Integer> topics = new HashSet<>();
    for (String name : names) {
      EcbPlus.Doc d = corpus.read(name);
      topics.add(d.topic());
      for (EcbPlus.Mention m : d.mentions()) {
        assertThat(m.tokens()).allSatisfy(s -> assertThat(d.text().substring(s.begin(), s.end())).doesNotContain(" "));
        clusters.add(m.cluster());
      }
      mentions += d.mentions().size();
    }
    System.out.println("ECB+: " + names.size() + " documents, " + topics.size() + " topics, " + mentions
        + " action mentions in " + clusters.size() + " clusters");
    assertThat(names).hasSize(976);
    // 6,833 is the event-mention count of the field's ECB+ setup (Barhom et al. 2019: 3,808 + 1,245 + 1,780).
    assertThat(mentions).isEqualTo(6833);
    assertThat(clusters).hasSize(2741);
  }

  private static EcbPlus.Doc parse(Set<Integer> keep) throws Exception {
    return EcbPlus.parse("3_1ecbplus", new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), keep);
  }
}
