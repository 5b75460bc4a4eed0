package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.ParsedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What real news tells that test-suite sentences do not: acts that did not happen, acts without a
 * named doer, one-way acts by several actors, and verbs whose sense their frame decides. Each test
 * is one phenomenon, in sentences written for it.
 */
class RealNewsCodingTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 5);
  private static DependencyCoder coder;

  @BeforeAll
  static void dictionaries() throws Exception {
    VerbDictionary verbs = DictionaryReadersTest.verbs(String.join("\n",
        "--- MEET [040:040] ---", "MEET {MET}",
        "--- CONDEMN [111] ---", "CONDEMN",
        "--- ATTACK [190] ---", "ATTACK",
        "--- KILL [180] ---", "KILL",
        "--- STAB [182] ---", "STAB {STABBED}",
        "--- URGE [100] ---", "URGE",
        "--- REFUSE [120] ---", "REFUSE",
        "--- AGREE [030] ---", "AGREE",
        "--- CALL [041:041] ---", "CALL",
        "--- STRIKE [190] ---", "STRIKE {STRUCK}",
        "--- SIGN [057] ---", "SIGN",
        "--- JOIN [057] ---", "JOIN",
        "--- ARREST [173] ---", "ARREST",
        "--- DIE [190] ---", "DIE {DIED}",
        "--- ARRANGE [---] ---", "STAGE", "POST", "- * ATTACK [190]",
        "--- LAUNCH [---] ---", "LAUNCH", "--- CAPTURE [173] ---", "CAPTURE",
        "--- CRITICIZE [111] ---", "CRITICIZE", "--- DECLINE [120] ---", "DECLINE", "--- WITHDRAW [0874] ---", "WITHDRAW",
        "--- REJECT [120] ---", "REJECT", "--- CARRY [090] ---", "CARRY",
        "--- ACCUSE [112] ---", "ACCUSE", "--- SHELL [194] ---", "SHELL",
        "--- GATHER [040] ---", "GATHER", "--- CHANT [141] ---", "CHANT", "--- CONDUCT [---] ---", "CONDUCT",
        "--- PLAN [---] ---", "PLAN", "--- RULE [---] ---", "RULE", "--- SERVE [---] ---", "SERVE",
        "--- PROTEST [141] ---", "PROTEST", "--- INTERRUPT [---] ---", "INTERRUPT"));
    ActorDictionary actors = ActorDictionary.read("actors.txt", new StringReader(String.join("\n",
        "IRAN [IRN]", "+IRANIAN", "ABDULLAH [SAUGOV]", "ALBANESE [AUSGOV]", "RUSSIA [RUS]", "+RUSSIAN", "ISRAEL [ISR]", "+ISRAELI", "SYRIA [SYR]", "+SYRIAN", "TURKEY [TUR]")), null);
    AgentDictionary agents = AgentDictionary.read("agents.txt", new StringReader(String.join("\n",
        "AMBASSADOR [~GOVDIP]", "PRESIDENT [~GOV]", "POLICE [~COP]", "PROTESTER [~OPP]", "EMBASSY [~GOV]")));
    CodeOntology pico = CodeOntology.read("pico.txt", new StringReader("050:0x0080\n110:0x1007f#0xFFFF+0x0080\n"));
    NounTriggers nouns = NounTriggers.read("nouns.tsv", new StringReader("noun\tcode\tkind\nbombing\t183\tACT\nairstrike\t195\tACT\n"
        + "protest\t141\tACT\nrally\t141\tACT\noffensive\t190\tACT\n"));
    coder = new DependencyCoder(Dictionaries.of(verbs, actors, agents, Discards.none(), pico, nouns),
        DependencyCoder.CoderConfig.DEFAULTS);
  }

  private static List<String> code(ParsedSentence s) {
    return coder.code(s, DAY).stream().map(e -> e.source() + ">" + e.target() + ":" + e.code()).toList();
  }

  @Test
  void conditional_actUnderIf_notCoded() {
    // "If Turkey attacks Syria, Iran will condemn Turkey": the attack is a condition.
    ParsedSentence s = Conll.sentence("1 If if SCONJ 3 mark", "2 Turkey Turkey PROPN 3 nsubj", "3 attacks attack VERB 8 advcl",
        "4 Syria Syria PROPN 3 obj", "5 , , PUNCT 8 punct", "6 Iran Iran PROPN 8 nsubj", "7 will will AUX 8 aux",
        "8 condemn condemn VERB 0 root", "9 Turkey Turkey PROPN 8 obj");
    assertThat(code(s)).containsExactly("IRN>TUR:111");
  }

  @Test
  void hypothetical_modalCould_notCoded() {
    ParsedSentence s = Conll.sentence("1 Israel Israel PROPN 3 nsubj", "2 could could AUX 3 aux",
        "3 attack attack VERB 0 root", "4 Syria Syria PROPN 3 obj");
    assertThat(code(s)).isEmpty();
  }

  @Test
  void requested_actAskedFor_onlyTheAskingIsCoded() {
    // "Russia urged Iran to meet Syria": Russia demanded; Iran has not met Syria.
    ParsedSentence s = Conll.sentence("1 Russia Russia PROPN 2 nsubj", "2 urged urge VERB 0 root", "3 Iran Iran PROPN 2 obj",
        "4 to to PART 5 mark", "5 meet meet VERB 2 xcomp", "6 Syria Syria PROPN 5 obj");
    assertThat(code(s)).containsExactly("RUS>IRN:100");
  }

  @Test
  void refused_actDeclined_onlyTheRefusalIsCoded() {
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 refused refuse VERB 0 root", "3 to to PART 4 mark",
        "4 meet meet VERB 2 xcomp", "5 Russia Russia PROPN 4 obj");
    assertThat(code(s)).noneMatch(e -> e.endsWith(":040"));
  }

  @Test
  void negated_throughComplement_notCoded() {
    // "Iran did not agree to meet Russia": neither an agreement nor a meeting.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 4 nsubj", "2 did do AUX 4 aux", "3 not not PART 4 advmod",
        "4 agree agree VERB 0 root", "5 to to PART 6 mark", "6 meet meet VERB 4 xcomp", "7 Russia Russia PROPN 6 obj");
    assertThat(code(s)).noneMatch(e -> e.endsWith(":040"));
  }

  @Test
  void announced_coordinatedVerbs_shareTheFuture() {
    // "Turkey will attack and kill Syrians": both threatened, neither done.
    ParsedSentence s = Conll.sentence("1 Turkey Turkey PROPN 3 nsubj", "2 will will AUX 3 aux", "3 attack attack VERB 0 root",
        "4 and and CCONJ 5 cc", "5 kill kill VERB 3 conj", "6 Syria Syria PROPN 5 obj");
    assertThat(code(s)).contains("TUR>SYR:138").noneMatch(e -> e.endsWith(":190") || e.endsWith(":180"));
  }

  @Test
  void agentless_passiveViolence_unknownSourceVictimTarget() {
    ParsedSentence s = Conll.sentence("1 Russia Russia PROPN 3 nmod:poss", "2 's 's PART 1 case",
        "3 ambassador ambassador NOUN 5 nsubj:pass", "4 was be AUX 5 aux:pass", "5 stabbed stab VERB 0 root");
    assertThat(code(s)).containsExactly("null>RUSGOVDIP:182");
  }

  @Test
  void agentless_passiveCausedByNamedViolence_causeActorIsSource() {
    // "The Syrian ambassador was killed in an Israeli bombing".
    ParsedSentence s = Conll.sentence("1 The the DET 3 det", "2 Syrian Syrian ADJ 3 amod", "3 ambassador ambassador NOUN 5 nsubj:pass",
        "4 was be AUX 5 aux:pass", "5 killed kill VERB 0 root", "6 in in ADP 9 case", "7 an a DET 9 det",
        "8 Israeli Israeli ADJ 9 amod", "9 bombing bombing NOUN 5 obl");
    assertThat(code(s)).contains("ISR>SYRGOVDIP:180");
  }

  @Test
  void agentless_violentNounSubject_unknownSource() {
    // "A bombing killed Iran's ambassador".
    ParsedSentence s = Conll.sentence("1 A a DET 2 det", "2 bombing bombing NOUN 3 nsubj", "3 killed kill VERB 0 root",
        "4 Iran Iran PROPN 6 nmod:poss", "5 's 's PART 4 case", "6 ambassador ambassador NOUN 3 obj");
    assertThat(code(s)).contains("null>IRNGOVDIP:180");
  }

  @Test
  void agentless_unnamedVictim_keptAsUncodedPhraseForTheResolver() {
    // "Unknown gunmen killed five shoppers": a victim no dictionary names, placed later.
    ParsedSentence s = Conll.sentence("1 Gunmen gunman NOUN 2 nsubj", "2 killed kill VERB 0 root", "3 five five NUM 4 nummod",
        "4 shoppers shopper NOUN 2 obj");
    List<CodedEvent> events = coder.code(s, DAY);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).source()).isNull();
    assertThat(events.get(0).target()).isNull();
    assertThat(events.get(0).targetFirst()).isEqualTo(3);
  }

  @Test
  void agentless_notForVerbalActs() {
    // "Iran was condemned": an unattributed criticism is not a record.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 3 nsubj:pass", "2 was be AUX 3 aux:pass", "3 condemned condemn VERB 0 root");
    assertThat(code(s)).isEmpty();
  }

  @Test
  void coordination_oneWayActOfSeveral_notPairedWithEachOther() {
    // "Iran and Russia condemned the attack": two condemnations, of no one here.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 4 nsubj", "2 and and CCONJ 3 cc", "3 Russia Russia PROPN 1 conj",
        "4 condemned condemn VERB 0 root", "5 the the DET 6 det", "6 attack attack NOUN 4 obj");
    assertThat(code(s)).containsExactlyInAnyOrder("IRN>null:111", "RUS>null:111");
  }

  @Test
  void coordination_mutualAct_mirrored() {
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 4 nsubj", "2 and and CCONJ 3 cc", "3 Russia Russia PROPN 1 conj",
        "4 met meet VERB 0 root");
    assertThat(code(s)).containsExactlyInAnyOrder("IRN>RUS:040", "RUS>IRN:040");
  }

  @Test
  void verbSense_callWithCriticalLabel_isCriticism() {
    // "Iran called Russia's decision a provocation".
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 called call VERB 0 root", "3 Russia Russia PROPN 5 nmod:poss",
        "4 's 's PART 3 case", "5 decision decision NOUN 2 obj", "6 a a DET 7 det", "7 provocation provocation NOUN 2 xcomp");
    assertThat(code(s)).containsExactly("IRN>RUS:111");
  }

  @Test
  void verbSense_callWithActorObject_isTelephone() {
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 called call VERB 0 root", "3 Russia Russia PROPN 2 obj");
    assertThat(code(s)).containsExactly("IRN>RUS:041", "RUS>IRN:041");
  }

  @Test
  void verbSense_attackOnADecision_isVerbal() {
    // "Turkey attacked Russia's decision": words, not arms.
    ParsedSentence s = Conll.sentence("1 Turkey Turkey PROPN 2 nsubj", "2 attacked attack VERB 0 root",
        "3 Russia Russia PROPN 5 nmod:poss", "4 's 's PART 3 case", "5 decision decision NOUN 2 obj");
    assertThat(code(s)).containsExactly("TUR>RUS:111");
  }

  @Test
  void protestNoun_withoutNamedProtesters_unknownSource() {
    // "The protest in Tehran continued": the resolver gives it the place's people and government.
    ParsedSentence s = Conll.sentence("1 The the DET 2 det", "2 protest protest NOUN 5 nsubj", "3 in in ADP 4 case",
        "4 Tehran Tehran PROPN 2 nmod", "5 continued continue VERB 0 root");
    assertThat(code(s)).containsExactly("null>null:141");
  }

  @Test
  void discourse_condemningTheAttackToldBefore_targetsItsDoer() {
    // "Israel struck Syria. Russia condemned the airstrike."
    ParsedSentence first = Conll.sentence("1 Israel Israel PROPN 2 nsubj", "2 struck strike VERB 0 root", "3 Syria Syria PROPN 2 obj");
    ParsedSentence second = Conll.sentence("1 Russia Russia PROPN 2 nsubj", "2 condemned condemn VERB 0 root",
        "3 the the DET 4 det", "4 airstrike airstrike NOUN 2 obj");
    List<List<CodedEvent>> coded = coder.codeDocument(List.of(first, second), DAY);
    assertThat(coded.get(1)).extracting(e -> e.source() + ">" + e.target() + ":" + e.code()).contains("RUS>ISR:111")
        .noneMatch(e -> e.startsWith("RUS>null"));
  }

  @Test
  void coordination_coSignersOfAPassiveTreaty_signWithEachOther_coJoinersDoNot() {
    ParsedSentence signed = Conll.sentence("1 The the DET 2 det", "2 treaty treaty NOUN 4 nsubj:pass", "3 was be AUX 4 aux:pass",
        "4 signed sign VERB 0 root", "5 by by ADP 6 case", "6 Iran Iran PROPN 4 obl:agent", "7 and and CCONJ 8 cc",
        "8 Russia Russia PROPN 6 conj");
    assertThat(code(signed)).containsExactlyInAnyOrder("IRN>RUS:057", "RUS>IRN:057");
    ParsedSentence joined = Conll.sentence("1 The the DET 2 det", "2 coalition coalition NOUN 4 nsubj:pass", "3 was be AUX 4 aux:pass",
        "4 joined join VERB 0 root", "5 by by ADP 6 case", "6 Iran Iran PROPN 4 obl:agent", "7 and and CCONJ 8 cc",
        "8 Russia Russia PROPN 6 conj");
    assertThat(code(joined)).noneMatch(e -> e.equals("IRN>RUS:057") || e.equals("RUS>IRN:057"));
  }

  @Test
  void bareAgent_policeWithoutTheirState_codedByAgentForTheResolverToPlace() {
    // "Police arrested the Iranian ambassador": the resolver gives the police the place's state.
    ParsedSentence s = Conll.sentence("1 Police police NOUN 2 nsubj", "2 arrested arrest VERB 0 root", "3 the the DET 5 det",
        "4 Iranian Iranian ADJ 5 amod", "5 ambassador ambassador NOUN 2 obj");
    assertThat(code(s)).containsExactly("COP>IRNGOVDIP:173");
  }

  @Test
  void bareAgent_notInPetrarchPractice() throws Exception {
    DependencyCoder petrarch = new DependencyCoder(Dictionaries.of(DictionaryReadersTest.verbs("--- ARREST [173] ---\nARREST"),
        ActorDictionary.read("actors.txt", new StringReader("IRAN [IRN]\n+IRANIAN"), null),
        AgentDictionary.read("agents.txt", new StringReader("POLICE [~COP]")), Discards.none(),
        CodeOntology.read("pico.txt", new StringReader("050:0x0080\n")), NounTriggers.none()), DependencyCoder.CoderConfig.PETRARCH);
    ParsedSentence s = Conll.sentence("1 Police police NOUN 2 nsubj", "2 arrested arrest VERB 0 root", "3 two two NUM 5 nummod",
        "4 Iranian Iranian ADJ 5 amod", "5 suspects suspect NOUN 2 obj");
    assertThat(petrarch.code(s, DAY)).isEmpty();
  }

  @Test
  void death_withoutItsCause_notAnAct() {
    // "The Syrian ambassador died" tells no attack; "died in an Israeli bombing" does.
    ParsedSentence bare = Conll.sentence("1 The the DET 3 det", "2 Syrian Syrian ADJ 3 amod", "3 ambassador ambassador NOUN 4 nsubj",
        "4 died die VERB 0 root");
    assertThat(code(bare)).isEmpty();
    ParsedSentence caused = Conll.sentence("1 The the DET 3 det", "2 Syrian Syrian ADJ 3 amod", "3 ambassador ambassador NOUN 4 nsubj",
        "4 died die VERB 0 root", "5 in in ADP 8 case", "6 an a DET 8 det", "7 Israeli Israeli ADJ 8 amod",
        "8 bombing bombing NOUN 4 obl");
    assertThat(code(caused)).anyMatch(e -> e.endsWith(":183"));
  }

  @Test
  void agentless_killedInAnOperation_operationsActorIsSource() {
    // "The Syrian ambassador was killed in a Russian military operation".
    ParsedSentence s = Conll.sentence("1 The the DET 3 det", "2 Syrian Syrian ADJ 3 amod", "3 ambassador ambassador NOUN 5 nsubj:pass",
        "4 was be AUX 5 aux:pass", "5 killed kill VERB 0 root", "6 in in ADP 10 case", "7 a a DET 10 det",
        "8 Russian Russian ADJ 10 amod", "9 military military ADJ 10 amod", "10 operation operation NOUN 5 obl");
    assertThat(code(s)).containsExactly("RUS>SYRGOVDIP:180");
  }

  @Test
  void protestNoun_campaignRally_notAProtest() {
    // "Erdogan spoke at an election rally": a campaign's rally, not a protest.
    ParsedSentence s = Conll.sentence("1 Erdogan Erdogan PROPN 2 nsubj", "2 spoke speak VERB 0 root", "3 at at ADP 6 case",
        "4 an a DET 6 det", "5 election election NOUN 6 compound", "6 rally rally NOUN 2 obl");
    assertThat(code(s)).isEmpty();
    ParsedSentence protest = Conll.sentence("1 Erdogan Erdogan PROPN 2 nsubj", "2 spoke speak VERB 0 root", "3 at at ADP 5 case",
        "4 a a DET 5 det", "5 rally rally NOUN 2 obl");
    assertThat(code(protest)).containsExactly("null>null:141");
  }

  @Test
  void verbPattern_wordsOfAClauseOnTheObject_notTheVerbsFrame() {
    // "Iran posted a message about the attack" stages no attack; "Iran staged an attack" does.
    ParsedSentence about = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 posted post VERB 0 root", "3 a a DET 4 det",
        "4 message message NOUN 2 obj", "5 condemning condemn VERB 4 acl", "6 the the DET 7 det", "7 attack attack NOUN 5 obj",
        "8 on on ADP 9 case", "9 Syria Syria PROPN 7 nmod");
    assertThat(code(about)).noneMatch(e -> e.endsWith(":190"));
    ParsedSentence staged = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 staged stage VERB 0 root", "3 an a DET 4 det",
        "4 attack attack NOUN 2 obj", "5 on on ADP 6 case", "6 Syria Syria PROPN 2 obl");
    assertThat(code(staged)).contains("IRN>SYR:190");
  }

  @Test
  void clauseOnAMessageOrAnAct_hasTheIssuerAsSubject() {
    // "Iran posted a message condemning Israel"; "Turkey launched an offensive capturing Syrian soldiers".
    ParsedSentence message = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 posted post VERB 0 root", "3 a a DET 4 det",
        "4 message message NOUN 2 obj", "5 condemning condemn VERB 4 acl", "6 Israel Israel PROPN 5 obj");
    assertThat(code(message)).contains("IRN>ISR:111");
    ParsedSentence act = Conll.sentence("1 Turkey Turkey PROPN 2 nsubj", "2 launched launch VERB 0 root", "3 an a DET 4 det",
        "4 offensive offensive NOUN 2 obj", "5 capturing capture VERB 4 acl", "6 Syrian Syrian ADJ 7 amod",
        "7 soldiers soldier NOUN 5 obj");
    assertThat(code(act)).anyMatch(e -> e.startsWith("TUR>") && e.endsWith(":173"));
  }

  @Test
  void actor_partOfAWhole_isTheWhole() {
    // "Members of Russia's delegation criticized Turkey"; "One of the groups, Iran, ...".
    ParsedSentence members = Conll.sentence("1 Members member NOUN 4 nsubj", "2 of of ADP 3 case", "3 Russia Russia PROPN 1 nmod",
        "4 criticized criticize VERB 0 root", "5 Turkey Turkey PROPN 4 obj");
    assertThat(code(members)).containsExactly("RUS>TUR:111");
    ParsedSentence one = Conll.sentence("1 One one NUM 6 nsubj", "2 of of ADP 3 case", "3 them they PRON 1 nmod",
        "4 , , PUNCT 5 punct", "5 Iran Iran PROPN 1 appos", "6 criticized criticize VERB 0 root", "7 Turkey Turkey PROPN 6 obj");
    assertThat(code(one)).containsExactly("IRN>TUR:111");
  }

  @Test
  void subject_dayTakenForTheSubject_actorHangingFromItActs() {
    // "This Thursday Iran criticized Turkey", parsed with the day as subject.
    ParsedSentence s = Conll.sentence("1 This this DET 2 det", "2 Thursday Thursday PROPN 4 nsubj DATE", "3 Iran Iran PROPN 2 dep",
        "4 criticized criticize VERB 0 root", "5 Turkey Turkey PROPN 4 obj");
    assertThat(code(s)).containsExactly("IRN>TUR:111");
  }

  @Test
  void discourse_reactionToAnActToldBefore_targetsItsDoer() {
    // "Turkey withdrew from Syria. Russia criticized the move. Iran declined the request."
    ParsedSentence act = Conll.sentence("1 Turkey Turkey PROPN 2 nsubj", "2 withdrew withdraw VERB 0 root", "3 from from ADP 4 case",
        "4 Syria Syria PROPN 2 obl");
    ParsedSentence reaction = Conll.sentence("1 Russia Russia PROPN 2 nsubj", "2 criticized criticize VERB 0 root",
        "3 the the DET 4 det", "4 move move NOUN 2 obj");
    ParsedSentence own = Conll.sentence("1 Turkey Turkey PROPN 2 nsubj", "2 criticized criticize VERB 0 root",
        "3 the the DET 4 det", "4 move move NOUN 2 obj");
    List<List<CodedEvent>> coded = coder.codeDocument(List.of(act, reaction), DAY);
    assertThat(coded.get(1)).extracting(e -> e.source() + ">" + e.target() + ":" + e.code()).containsExactly("RUS>TUR:111");
    List<List<CodedEvent>> self = coder.codeDocument(List.of(act, own), DAY);
    assertThat(self.get(1)).as("not the doer criticising itself").noneMatch(e -> "TUR".equals(e.target()));
  }

  @Test
  void actor_hashtag_namesWhatItsWordNames() {
    // "Iran rejected the new #Russia measure", as tweeted.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 rejected reject VERB 0 root", "3 the the DET 6 det",
        "4 new new ADJ 6 amod", "5 #Russia #russia NOUN 6 compound", "6 measure measure NOUN 2 obj");
    assertThat(code(s)).containsExactly("IRN>RUS:120");
  }

  @Test
  void lightVerb_actNounObject_theVerbsSubjectDoesTheAct() {
    // "Israel carried out airstrikes on Syria": an airstrike by Israel, not an investigation.
    ParsedSentence s = Conll.sentence("1 Israel Israel PROPN 2 nsubj", "2 carried carry VERB 0 root", "3 out out ADP 2 compound:prt",
        "4 airstrikes airstrike NOUN 2 obj", "5 on on ADP 6 case", "6 Syria Syria PROPN 4 nmod");
    assertThat(code(s)).containsExactly("ISR>SYR:195");
  }

  @Test
  void agentless_theActIsNotItsOwnVictim() {
    // "Gunmen launched an attack": no victim named, so none.
    ParsedSentence s = Conll.sentence("1 Gunmen gunman NOUN 2 nsubj", "2 launched launch VERB 0 root", "3 an a DET 4 det",
        "4 attack attack NOUN 2 obj");
    assertThat(coder.code(s, DAY)).allSatisfy(e -> assertThat(e.targetFirst()).isZero());
  }

  @Test
  void actor_firstNameOfAnotherPerson_notTheDictionarysNamesake() {
    // "Abdullah Öcalan criticized Iran": not King Abdullah.
    ParsedSentence s = Conll.sentence("1 Abdullah Abdullah PROPN 2 compound PERSON", "2 Öcalan Öcalan PROPN 3 nsubj PERSON",
        "3 criticized criticize VERB 0 root", "4 Iran Iran PROPN 3 obj");
    assertThat(code(s)).noneMatch(e -> e.startsWith("SAU"));
    ParsedSentence king = Conll.sentence("1 Abdullah Abdullah PROPN 2 nsubj PERSON", "2 criticized criticize VERB 0 root",
        "3 Iran Iran PROPN 2 obj");
    assertThat(code(king)).containsExactly("SAUGOV>IRN:111");
  }

  @Test
  void alleged_actOneIsAccusedOf_onlyTheAccusationIsCoded() {
    // "Iran accused Israel of shelling Syria": the shelling is Iran's claim.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 accused accuse VERB 0 root", "3 Israel Israel PROPN 2 obj",
        "4 of of SCONJ 5 mark", "5 shelling shell VERB 2 advcl", "6 Syria Syria PROPN 5 obj");
    assertThat(code(s)).containsExactly("IRN>ISR:112");
  }

  @Test
  void verbSense_protestersGathering_isAProtest() {
    // "Thousands of Iranian protesters gathered in Tehran"; "the protesters chanted slogans".
    ParsedSentence s = Conll.sentence("1 Thousands thousand NOUN 5 nsubj", "2 of of ADP 4 case", "3 Iranian Iranian ADJ 4 amod",
        "4 protesters protester NOUN 1 nmod", "5 gathered gather VERB 0 root", "6 in in ADP 7 case", "7 Tehran Tehran PROPN 5 obl");
    assertThat(code(s)).allMatch(e -> e.endsWith(":141")).isNotEmpty();
    ParsedSentence chant = Conll.sentence("1 Iranian Iranian ADJ 2 amod", "2 protesters protester NOUN 3 nsubj",
        "3 chanted chant VERB 0 root", "4 slogans slogan NOUN 3 obj");
    assertThat(coder.code(chant, DAY)).as("slogans are not the protest's victim")
        .allSatisfy(e -> assertThat(e.targetFirst()).isZero()).isNotEmpty();
  }

  @Test
  void nounAct_passiveParticipleByPhrase_namesTheDoer() {
    // "The bombing, conducted by Israel."
    ParsedSentence s = Conll.sentence("1 The the DET 2 det", "2 bombing bombing NOUN 0 root", "3 , , PUNCT 4 punct",
        "4 conducted conduct VERB 2 acl", "5 by by ADP 6 case", "6 Israel Israel PROPN 4 obl");
    assertThat(code(s)).contains("ISR>null:183");
  }

  @Test
  void bareAgent_embassyIsAnotherStatesPost_notPlacedAtHome() {
    ParsedSentence s = Conll.sentence("1 The the DET 2 det", "2 embassy embassy NOUN 3 nsubj", "3 criticized criticize VERB 0 root",
        "4 Iran Iran PROPN 3 obj");
    assertThat(code(s)).isEmpty();
    ParsedSentence police = Conll.sentence("1 The the DET 2 det", "2 police police NOUN 3 nsubj", "3 criticized criticize VERB 0 root",
        "4 Iran Iran PROPN 3 obj");
    assertThat(code(police)).containsExactly("COP>IRN:111");
  }

  @Test
  void verbSense_callWithALabelTheParserHungFromTheObject_isCharacterisation() {
    // "Iran called Russia's move a 'provocation'", the label parsed as a dependent of "move".
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 called call VERB 0 root", "3 Russia Russia PROPN 5 nmod:poss",
        "4 's 's PART 3 case", "5 move move NOUN 2 obj", "6 a a DET 7 det", "7 provocation provocation NOUN 5 dep");
    assertThat(code(s)).containsExactly("IRN>RUS:111");
  }

  @Test
  void agentless_privatePersonAsDoer_unknownSource() {
    // "A teacher stabbed Russia's ambassador": no actor did it, but it happened.
    ParsedSentence s = Conll.sentence("1 A a DET 2 det", "2 teacher teacher NOUN 3 nsubj", "3 stabbed stab VERB 0 root",
        "4 Russia Russia PROPN 6 nmod:poss", "5 's 's PART 4 case", "6 ambassador ambassador NOUN 3 obj");
    assertThat(code(s)).containsExactly("null>RUSGOVDIP:182");
  }

  @Test
  void actor_surnameOfAnotherPerson_notTheDictionarysNamesake() {
    // "Iran criticized Francesca Albanese": not Anthony Albanese, Australia's prime minister.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 criticized criticize VERB 0 root",
        "3 Francesca Francesca PROPN 4 compound PERSON", "4 Albanese Albanese PROPN 2 obj PERSON");
    assertThat(code(s)).noneMatch(e -> e.contains("AUS"));
  }

  @Test
  void hypothetical_actThatIsPlanned_notCoded() {
    // "Gunmen plan a bombing": a plan, not a bombing.
    ParsedSentence s = Conll.sentence("1 Gunmen gunman NOUN 2 nsubj", "2 plan plan VERB 0 root", "3 a a DET 4 det",
        "4 bombing bombing NOUN 2 obj");
    assertThat(code(s)).noneMatch(e -> e.endsWith(":183"));
  }

  @Test
  void target_settingOfTheAct_notItsTarget() {
    // "Iran and Russia met on the sidelines of the Syria summit": they met each other, not Syria.
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 4 nsubj", "2 and and CCONJ 3 cc", "3 Russia Russia PROPN 1 conj",
        "4 met meet VERB 0 root", "5 on on ADP 7 case", "6 the the DET 7 det", "7 sidelines sideline NOUN 4 obl",
        "8 of of ADP 10 case", "9 Syria Syria PROPN 10 compound", "10 summit summit NOUN 7 nmod");
    assertThat(code(s)).contains("IRN>RUS:040", "RUS>IRN:040").noneMatch(e -> e.contains("SYR"));
  }

  @Test
  void discourse_definiteTitle_pointsToThePersonNamedBefore_notThePlace() {
    // "Iran's president met Putin. The president criticized Turkey."
    ParsedSentence first = Conll.sentence("1 Iran Iran PROPN 3 nmod:poss", "2 's 's PART 1 case", "3 president president NOUN 4 nsubj",
        "4 met meet VERB 0 root", "5 Russia Russia PROPN 4 obj");
    ParsedSentence second = Conll.sentence("1 The the DET 2 det", "2 president president NOUN 3 nsubj",
        "3 criticized criticize VERB 0 root", "4 Turkey Turkey PROPN 3 obj");
    List<List<CodedEvent>> coded = coder.codeDocument(List.of(first, second), DAY);
    assertThat(coded.get(1)).extracting(e -> e.source() + ">" + e.target() + ":" + e.code()).containsExactly("IRNGOV>TUR:111");
  }

  @Test
  void negated_intention_announcesNothing() {
    // "Iran does not intend to meet Russia".
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 4 nsubj", "2 does do AUX 4 aux", "3 not not PART 4 advmod",
        "4 intend intend VERB 0 root", "5 to to PART 6 mark", "6 meet meet VERB 4 xcomp", "7 Russia Russia PROPN 6 obj");
    assertThat(code(s)).noneMatch(e -> e.contains(":04") || e.contains(":03"));
  }

  @Test
  void agentless_victimDescribedAsAnActorsMember_takesThatSide() {
    // "A bombing killed Omar, who served as Iran's envoy": the victim is Iran's.
    ParsedSentence s = Conll.sentence("1 A a DET 2 det", "2 bombing bombing NOUN 3 nsubj", "3 killed kill VERB 0 root",
        "4 Omar Omar PROPN 3 obj", "5 , , PUNCT 7 punct", "6 who who PRON 7 nsubj", "7 served serve VERB 4 acl:relcl",
        "8 as as ADP 11 case", "9 Iran Iran PROPN 11 nmod:poss", "10 's 's PART 9 case", "11 envoy envoy NOUN 7 obl");
    assertThat(code(s)).contains("null>IRN:180");
  }

  @Test
  void hypothetical_eventNounModifiedAsNotYetReal_notCoded() {
    // "Russia massed troops ahead of an expected offensive".
    ParsedSentence s = Conll.sentence("1 An a DET 3 det", "2 expected expected ADJ 3 amod", "3 offensive offensive NOUN 0 root",
        "4 against against ADP 5 case", "5 Syria Syria PROPN 3 nmod");
    assertThat(code(s)).isEmpty();
    ParsedSentence real = Conll.sentence("1 A a DET 3 det", "2 Russian Russian ADJ 3 amod", "3 offensive offensive NOUN 0 root",
        "4 against against ADP 5 case", "5 Syria Syria PROPN 3 nmod");
    assertThat(code(real)).containsExactly("RUS>SYR:190");
  }

  @Test
  void refused_ruledOut_theActIsNotCoded() {
    // "Iran ruled out meeting Russia".
    ParsedSentence s = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 ruled rule VERB 0 root", "3 out out ADP 2 compound:prt",
        "4 meeting meet VERB 2 xcomp", "5 Russia Russia PROPN 4 obj");
    assertThat(code(s)).noneMatch(e -> e.contains(":04"));
  }

  @Test
  void quotation_deedInsideAQuote_isTheSpeakersWords_butTheirRejectionIsAnAct() {
    // Iran said: "Those who attack Syria will regret it"; Iran said: "We reject Russia's plan".
    ParsedSentence deed = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 said say VERB 0 root", "3 \" \" PUNCT 5 punct",
        "4 Turkey Turkey PROPN 5 nsubj", "5 attacks attack VERB 2 ccomp", "6 Syria Syria PROPN 5 obj", "7 \" \" PUNCT 5 punct");
    assertThat(code(deed)).noneMatch(e -> e.endsWith(":190"));
    ParsedSentence plain = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 said say VERB 0 root",
        "3 Turkey Turkey PROPN 4 nsubj", "4 attacks attack VERB 2 ccomp", "5 Syria Syria PROPN 4 obj");
    assertThat(code(plain)).contains("TUR>SYR:190");
    ParsedSentence words = Conll.sentence("1 Iran Iran PROPN 2 nsubj", "2 said say VERB 0 root", "3 \" \" PUNCT 5 punct",
        "4 we we PRON 5 nsubj", "5 reject reject VERB 2 ccomp", "6 Russia Russia PROPN 8 nmod:poss", "7 's 's PART 6 case",
        "8 plan plan NOUN 5 obj", "9 \" \" PUNCT 5 punct");
    assertThat(code(words)).contains("IRN>RUS:120");
  }

  @Test
  void presentParticipleOnANoun_theNounDoesIt() {
    // "The speech was interrupted by protesting Iranian lawmakers."
    ParsedSentence s = Conll.sentence("1 The the DET 2 det", "2 speech speech NOUN 4 nsubj:pass", "3 was be AUX 4 aux:pass",
        "4 interrupted interrupt VERB 0 root", "5 by by ADP 8 case", "6 protesting protest VERB 8 amod",
        "7 Iranian Iranian ADJ 8 amod NATIONALITY", "8 lawmakers lawmaker NOUN 4 obl");
    assertThat(code(s)).anyMatch(e -> e.startsWith("IRN") && e.endsWith(":141"));
  }
}
