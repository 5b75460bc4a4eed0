package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.ParsedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DependencyCoderTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 29);
  private static DependencyCoder coder;

  @BeforeAll
  static void dictionaries() throws Exception {
    VerbDictionary verbs = DictionaryReadersTest.verbs(String.join("\n",
        "--- MEET [040:040] ---", "MEET {MET}",
        "--- CONDEMN [111] ---", "CONDEMN",
        "--- SIGN [057] ---", "SIGN",
        "--- CLASH [190] ---", "CLASH",
        "- * (OVER EFFORTS) [110]",
        "--- RECEIVE [033] ---", "RECEIVE",
        "- + * MONEY $ [071]"));
    ActorDictionary actors = ActorDictionary.read("actors.txt", new StringReader(String.join("\n",
        "IRAN [IRN]", "+IRANIAN", "RUSSIA [RUS]", "+RUSSIAN", "ISRAEL [ISR]", "SYRIA [SYR]")), null);
    AgentDictionary agents = AgentDictionary.read("agents.txt", new StringReader(String.join("\n",
        "AMBASSADOR [~GOVDIP]", "FOREIGN_MINISTRY [~GOV]", "PRESIDENT [~GOV]", "POLICE {} [~COP]")));
    CodeOntology pico = CodeOntology.read("pico.txt", new StringReader("050:0x0080\n110:0x1007f#0xFFFF+0x0080\n"));
    NounTriggers nouns = NounTriggers.read("nouns.tsv", new StringReader("noun\tcode\tkind\ntalk\t040\tCONSULT\n"));
    coder = new DependencyCoder(Dictionaries.of(verbs, actors, agents, Discards.none(), pico, nouns),
        DependencyCoder.CoderConfig.DEFAULTS);
  }

  private static List<String> code(ParsedSentence s) {
    return coder.code(s, DAY).stream().map(e -> e.source() + ">" + e.target() + ":" + e.code()).toList();
  }

  @Test
  void mayTrigger_dictionaryVerbFormLemmaOrNoun_trueElseFalse() {
    assertThat(coder.mayTrigger(List.of("Iran", "met", "Russia"), List.of("Iran", "meet", "Russia"))).isTrue();
    assertThat(coder.mayTrigger(List.of("They", "condemned", "it"), List.of("they", "condemn", "it"))).isTrue();
    assertThat(coder.mayTrigger(List.of("Talks", "ended"), List.of("talk", "end"))).isTrue();
    assertThat(coder.mayTrigger(List.of("It", "rained"), List.of("it", "rain"))).isFalse();
    assertThat(coder.mayTrigger(List.of("MET"), java.util.Arrays.asList((String) null))).isTrue();
    assertThat(coder.mayTrigger(List.of(), List.of())).isFalse();
  }

  @Test
  void code_possessiveAgentSubjectAndObject_givesMeetingBothWays() {
    ParsedSentence s = Conll.sentence(
        "1 Iran Iran PROPN 3 nmod:poss", "2 's 's PART 1 case", "3 Ambassador ambassador NOUN 4 nsubj",
        "4 met meet VERB 0 root", "5 Russia Russia PROPN 4 obj");
    assertThat(code(s)).containsExactly("IRNGOVDIP>RUS:040", "RUS>IRNGOVDIP:040");
  }

  @Test
  void code_possessiveOrganisation_condemnsTarget() {
    ParsedSentence s = Conll.sentence(
        "1 Russia Russia PROPN 4 nmod:poss", "2 's 's PART 1 case", "3 Foreign foreign ADJ 4 amod",
        "4 Ministry ministry NOUN 5 nsubj", "5 condemned condemn VERB 0 root", "6 Israel Israel PROPN 5 obj");
    assertThat(code(s)).containsExactly("RUSGOV>ISR:111");
  }

  @Test
  void code_passiveWithByPhrase_andCoordinatedAgents_givesEachSigner() {
    ParsedSentence s = Conll.sentence(
        "1 treaty treaty NOUN 3 nsubj:pass", "2 was be AUX 3 aux:pass", "3 signed sign VERB 0 root",
        "4 by by ADP 6 case", "5 Iranian Iranian ADJ 6 amod", "6 President president NOUN 3 obl:agent",
        "7 and and CCONJ 10 cc", "8 Russian Russian ADJ 10 amod", "9 President president NOUN 10 compound",
        "10 Putin Putin PROPN 6 conj");
    assertThat(code(s)).containsExactly("IRNGOV>RUSGOV:057", "RUSGOV>IRNGOV:057");
  }

  @Test
  void code_negatedVerb_isTheNegatedAct() {
    ParsedSentence s = Conll.sentence(
        "1 Iran Iran PROPN 4 nsubj", "2 did do AUX 4 aux", "3 not not PART 4 advmod", "4 clash clash VERB 0 root",
        "5 over over ADP 6 case", "6 efforts effort NOUN 4 obl", "7 of of ADP 8 case", "8 Syria Syria PROPN 6 nmod");
    assertThat(code(s)).containsExactly("IRN>SYR:050");
  }

  @Test
  void code_negatedVerbWithoutNegatedAct_isNoEvent() {
    ParsedSentence s = Conll.sentence(
        "1 Iran Iran PROPN 4 nsubj", "2 did do AUX 4 aux", "3 not not PART 4 advmod", "4 meet meet VERB 0 root",
        "5 Russia Russia PROPN 4 obj");
    assertThat(code(s)).isEmpty();
  }

  @Test
  void code_swappedPattern_makesTheGiverTheSource() {
    ParsedSentence s = Conll.sentence(
        "1 Syria Syria PROPN 2 nsubj", "2 received receive VERB 0 root", "3 money money NOUN 2 obj",
        "4 from from ADP 5 case", "5 Iran Iran PROPN 2 obl");
    assertThat(code(s)).containsExactly("IRN>SYR:071");
  }

  @Test
  void code_noTarget_keepsTheEventWithANullTarget() {
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 condemned condemn VERB 0 root");
    assertThat(code(s)).containsExactly("IRN>null:111");
  }

  @Test
  void code_pronounSubjectInComplementClause_isTheMainSubject() {
    ParsedSentence s = Conll.sentence(
        "1 Iran Iran PROPN 2 nsubj", "2 said say VERB 0 root", "3 it it PRON 4 nsubj",
        "4 condemned condemn VERB 2 ccomp", "5 Israel Israel PROPN 4 obj");
    assertThat(code(s)).containsExactly("IRN>ISR:111");
  }

  @Test
  void code_unparsedSentence_givesNothing() {
    ParsedSentence s = new ParsedSentence(0, "x", -1, -1,
        List.of(new org.attache.model.Token(1, "Iran", "Iran", "PROPN", "NNP", -1, "_", -1, -1, "O")));
    assertThat(coder.code(s, DAY)).isEmpty();
  }

  @Test
  void code_futureAct_isCodedAsIntent() {
    ParsedSentence s = Conll.sentence(
        "1 Iran Iran PROPN 3 nsubj", "2 will will AUX 3 aux", "3 meet meet VERB 0 root", "4 Russia Russia PROPN 3 obj");
    assertThat(code(s)).containsExactly("IRN>RUS:036");
  }

  @Test
  void code_futureAct_inPetrarchModeKeepsTheActsCode() throws Exception {
    ParsedSentence s = Conll.sentence(
        "1 Iran Iran PROPN 3 nsubj", "2 will will AUX 3 aux", "3 meet meet VERB 0 root", "4 Russia Russia PROPN 3 obj");
    var petrarch = new DependencyCoder(Dictionaries.of(DictionaryReadersTest.verbs("--- MEET [040:040] ---\nMEET {MET}\n"),
        ActorDictionary.read("a", new java.io.StringReader("IRAN [IRN]\nRUSSIA [RUS]\n"), null),
        AgentDictionary.read("g", new java.io.StringReader("")), Discards.none(), CodeOntology.empty(), NounTriggers.none()),
        DependencyCoder.CoderConfig.PETRARCH);
    assertThat(petrarch.code(s, DAY)).extracting(CodedEvent::code).containsExactly("040", "040");
  }

  @Test
  void codeDocument_pronounAndBothOfficials_pointBackToThePreviousActors() {
    ParsedSentence iranCondemns = Conll.sentence(
        "1 Iran Iran PROPN 2 nsubj", "2 condemned condemn VERB 0 root", "3 Israel Israel PROPN 2 obj");
    ParsedSentence heCondemns = Conll.sentence(
        "1 He he PRON 2 nsubj", "2 condemned condemn VERB 0 root", "3 Syria Syria PROPN 2 obj");
    ParsedSentence theyMet = Conll.sentence(
        "1 Iran Iran PROPN 2 nsubj", "2 met meet VERB 0 root", "3 Russia Russia PROPN 2 obj");
    ParsedSentence bothCondemn = Conll.sentence(
        "1 Both both DET 2 det", "2 officials official NOUN 3 nsubj", "3 condemned condemn VERB 0 root",
        "4 Israel Israel PROPN 3 obj");
    var events = coder.codeDocument(List.of(iranCondemns, heCondemns, theyMet, bothCondemn), DAY);
    assertThat(events.get(1)).extracting(e -> e.source() + ">" + e.target()).containsExactly("IRN>SYR");
    assertThat(events.get(3)).extracting(e -> e.source() + ">" + e.target()).containsExactly("IRN>ISR", "RUS>ISR");
    assertThat(coder.code(heCondemns, DAY)).as("without the article, 'he' is no one").isEmpty();
  }

  @Test
  void code_talksUnderANegatedVerb_areNoTalks() {
    ParsedSentence held = Conll.sentence(
        "1 Iran Iran PROPN 2 nsubj", "2 held hold VERB 0 root", "3 talks talk NOUN 2 obj",
        "4 with with ADP 5 case", "5 Russia Russia PROPN 3 nmod");
    ParsedSentence notHeld = Conll.sentence(
        "1 Iran Iran PROPN 4 nsubj", "2 did do AUX 4 aux", "3 not not PART 4 advmod", "4 hold hold VERB 0 root",
        "5 talks talk NOUN 4 obj", "6 with with ADP 7 case", "7 Russia Russia PROPN 5 nmod");
    assertThat(code(held)).containsExactly("IRN>RUS:040");
    assertThat(code(notHeld)).isEmpty();
  }
}
