package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryReadersTest {
  static VerbDictionary verbs(String text) throws IOException, DictionaryFormatException {
    return VerbDictionary.read("verbs.txt", new StringReader(text));
  }

  @Test
  void verbs_blocksSynsetsMultiwordVerbsAndPatterns_areRead() throws Exception {
    VerbDictionary v = verbs(String.join("\n",
        "&TREATY",
        "+TREATY",
        "+PEACE_ACCORD",
        "# a comment line does not end the synset",
        "+PACT",
        "",
        "--- AGREE [050] ---",
        "AGREE",
        "CONCUR {CONCURS CONCURRED}  # agreeing",
        "- * (TO &TREATY) [057]",
        "- + * MONEY $ [071]",
        "",
        "--- LEFT [042:043] ---",
        "LEFT [042:043]",
        "+CORDON_OFF {+CORDONED_OFF}",
        "WIRE_+TAP"));
    VerbDictionary.Verb agree = v.lookup("AGREE").get(0);
    assertThat(agree.code()).isEqualTo("050");
    assertThat(agree.patterns()).hasSize(2);
    VerbPattern toTreaty = agree.patterns().get(0);
    assertThat(toTreaty.code()).isEqualTo("057");
    assertThat(toTreaty.elements().get(0).preposition()).isEqualTo("TO");
    assertThat(toTreaty.elements().get(0).noun().get(0).alternatives())
        .contains(List.of("TREATY"), List.of("TREATIES"), List.of("PEACE", "ACCORD"), List.of("PACT"), List.of("PACTS"));
    assertThat(agree.patterns().get(1).swapped()).isTrue();
    assertThat(v.lookup("CONCURRED")).extracting(VerbDictionary.Verb::lemma).containsExactly("CONCUR");
    assertThat(v.lookup("LEFT").get(0).code()).isEqualTo("042:043");
    VerbDictionary.Verb cordon = v.lookup("CORDON").get(0);
    assertThat(cordon.after()).containsExactly("OFF");
    VerbDictionary.Verb tap = v.lookup("TAP").get(0);
    assertThat(tap.before()).containsExactly("WIRE");
  }

  @Test
  void verbs_additionsFile_addsPatterns_replacesACodeOnlyWhereTheVerbLineGivesOne() throws Exception {
    VerbDictionary base = verbs(String.join("\n", "--- REFUSE [---] ---", "REJECT", "DECLINE", "- * OFFER [1211]",
        "", "--- APPREHEND [171] ---", "TAKE", ""));
    VerbDictionary added = VerbDictionary.read("verbs-attache.txt", new StringReader(String.join("\n",
        "--- REFUSE [---] ---", "REJECT [120]", "", "--- TAKE [---] ---", "TAKE", "- * PLACE [---]", "")), base);
    assertThat(added.lookup("REJECT").get(0).code()).isEqualTo("120");
    assertThat(added.lookup("REJECT").get(0).patterns()).extracting(VerbPattern::code).containsExactly("1211");
    assertThat(added.lookup("DECLINE").get(0).code()).isEqualTo("---");
    VerbDictionary.Verb take = added.lookup("TAKE").get(0);
    assertThat(take.code()).as("a block's code does not replace the verb's").isEqualTo("171");
    assertThat(take.patterns()).extracting(VerbPattern::code).containsExactly("---");
  }

  @Test
  void verbs_malformedLines_nameFileAndLine() {
    assertThatThrownBy(() -> verbs("--- X [010] ---\nTWO WORDS\n"))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("verbs.txt:2: expected a verb such as ABANDON or +CORDON_OFF, found 'TWO WORDS'");
    assertThatThrownBy(() -> verbs("--- X [010] ---\nX\n- * TIES\n"))
        .hasMessageStartingWith("verbs.txt:3: expected a code in [...]");
  }

  @Test
  void actors_datedCodes_applyByDate() throws Exception {
    ActorDictionary a = ActorDictionary.read("actors.txt", new StringReader(String.join("\n",
        "<!-- a comment -->",
        "HAMFAST_GAMGEE  ; CountryInfo.txt",
        "+SAM_GAMGEE",
        "\t[HOB < 950601]",
        "\t[HOBGOV 19950601 - 19990815]",
        "\t[HOBREB > 990816]",
        "GONDOR [GON]",
        "+MINAS_TIRITH")), null);
    ActorDictionary.Actor sam = a.startingWith("SAM").get(0).actor();
    assertThat(sam.codeOn(LocalDate.of(1995, 1, 1))).isEqualTo("HOB");
    assertThat(sam.codeOn(LocalDate.of(1997, 1, 1))).isEqualTo("HOBGOV");
    assertThat(sam.codeOn(LocalDate.of(2001, 1, 1))).isEqualTo("HOBREB");
    assertThat(a.startingWith("MINAS").get(0).actor().codeOn(LocalDate.of(2001, 1, 1))).isEqualTo("GON");
  }

  @Test
  void actors_badRestriction_namesFileAndLine() {
    assertThatThrownBy(() -> ActorDictionary.read("actors.txt", new StringReader("X [A]\n\t[ABC < 12]\n"), null))
        .hasMessageStartingWith("actors.txt:2: expected a date restriction");
  }

  @Test
  void agents_pluralsPrefixesAndMarkers() throws Exception {
    AgentDictionary g = AgentDictionary.read("agents.txt", new StringReader(String.join("\n",
        "!PERSON! = MAN, MEN",
        "POLICE {} [~COP]",
        "LAWMAKER [~LEG]",
        "CONGRESS!PERSON! [~LEG]",
        "HUMAN_RIGHTS_BODY [NGO~]")));
    assertThat(g.startingWith("LAWMAKERS")).isNotEmpty();
    assertThat(g.startingWith("POLICES")).isEmpty();
    assertThat(g.startingWith("CONGRESSMEN").get(0).agent().code()).isEqualTo("LEG");
    assertThat(g.startingWith("HUMAN").get(0).agent().prefix()).isTrue();
    assertThatThrownBy(() -> AgentDictionary.read("agents.txt", new StringReader("POLICE [COP]\n")))
        .hasMessageStartingWith("agents.txt:1: expected an agent code");
  }

  @Test
  void ontology_negation_mapsCodesBothWays() throws Exception {
    CodeOntology o = CodeOntology.read("pico.txt", new StringReader(String.join("\n",
        "050:0x0080#DiplomaticCoop", "057:0x0087", "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove",
        "170:0x10086#0x0087+0xFFFF#0x9000#Coerce", "190:0x0090")));
    assertThat(o.negate("050")).isEqualTo("110");
    assertThat(o.negate("110")).isEqualTo("050");
    assertThat(o.negate("170")).isEqualTo("057");
    assertThat(o.negate("190")).isNull();
  }

  @Test
  void bundled_dictionariesLoadStrictlyAndKnowCommonVerbsAndActors() {
    Dictionaries d = Dictionaries.bundled();
    assertThat(d.verbs.lookup("MEET")).isNotEmpty();
    assertThat(d.verbs.lookup("CONDEMN")).isNotEmpty();
    assertThat(d.actors.startingWith("IRAN")).isNotEmpty();
    assertThat(d.actors.startingWith("RUSSIAN")).isNotEmpty();
    assertThat(d.agents.startingWith("AMBASSADOR")).isNotEmpty();
    assertThat(d.ontology.negate("050")).isEqualTo("110");
  }

  @Test
  void nearest_spellingVariantsOfBundledNames_findTheActor() {
    ActorDictionary a = Dictionaries.bundled().actors;
    assertThat(a.nearest("VALODIN").actor().codeOn(LocalDate.of(2021, 2, 8))).isEqualTo("RUSLEG");
    assertThat(a.nearest("RAEESY")).isNull();
    assertThat(ActorDictionary.distance("LAVRENTIEV", "LAVRENTYEV", 2)).isEqualTo(1);
    assertThat(ActorDictionary.distance("ABCDEFG", "XYZ", 1)).isEqualTo(2);
  }
}
