package org.attache.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.attache.reference.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameoCodesTest {
  private static final String HEADER = CameoCodes.HEADER;
  private static CameoCodes codes;

  @BeforeAll
  static void loadOnce() throws ResourceFormatException {
    codes = CameoCodes.load();
  }

  @Test
  void load_bundledTable_hasEveryRowOfTheManifest() {
    assertThat(codes.size()).isGreaterThan(250).isEqualTo(315);
  }

  @Test
  void find_consult_givesLabelScoreQuadAndPlover() {
    assertThat(codes.find("040"))
        .contains(new CameoCode("040", "Consult", 1.0, 1, "CONSULT"));
  }

  @Test
  void find_conventionalForce_isMaterialConflict() {
    CameoCode fight = codes.find("190").orElseThrow();
    assertThat(fight.quadClass()).isEqualTo(4);
    assertThat(fight.goldstein()).isEqualTo(-10.0);
    assertThat(fight.plover()).isEqualTo("ASSAULT");
  }

  @Test
  void find_listedSubCode_givesItself() {
    assertThat(codes.find("0874").orElseThrow().code()).isEqualTo("0874");
    assertThat(codes.find(" 1123 ").orElseThrow().label()).isEqualTo("Accuse of aggression");
  }

  @Test
  void find_unlistedSubCode_fallsBackToItsBaseCode() {
    CameoCode parent = codes.find("0875").orElseThrow();
    assertThat(parent.code()).isEqualTo("087");
    assertThat(parent.plover()).isEqualTo("RETREAT");
  }

  @Test
  void find_unlistedBaseCode_fallsBackToTheRoot() {
    assertThat(codes.find("088").orElseThrow().code()).isEqualTo("08");
    assertThat(codes.find("0889").orElseThrow().code()).isEqualTo("08");
  }

  @Test
  void find_goldsteinWhereSourcesDisagree_usesGdelt() {
    assertThat(codes.find("016").orElseThrow().goldstein()).isEqualTo(-2.0);
    assertThat(codes.find("163").orElseThrow().goldstein()).isEqualTo(-8.0);
  }

  @Test
  void find_statementCodes_haveNoPlover() {
    assertThat(codes.find("010").orElseThrow().hasPlover()).isFalse();
  }

  @Test
  void find_notACameoCode_isEmpty() {
    assertThat(codes.find("")).isEmpty();
    assertThat(codes.find("8")).isEmpty();
    assertThat(codes.find("21")).isEmpty();
    assertThat(codes.find("00")).isEmpty();
    assertThat(codes.find("04a")).isEmpty();
    assertThat(codes.find("04000")).isEmpty();
  }

  @Test
  void find_rootListedOnlyAsThreeDigits_isFoundFromTwoDigitsAndBelow() throws Exception {
    CameoCodes table = CameoCodes.parse("t.tsv", List.of(HEADER, "080\tYield\t5.0\t2\tCONCEDE"));
    assertThat(table.find("08").orElseThrow().code()).isEqualTo("080");
    assertThat(table.find("0874").orElseThrow().code()).isEqualTo("080");
    assertThat(table.find("09")).isEmpty();
  }

  @Test
  void find_rootListedOnlyAsTwoDigits_isFoundFromThreeDigits() throws Exception {
    CameoCodes table = CameoCodes.parse("t.tsv", List.of(HEADER, "08\tYIELD\t5.0\t2\tRETREAT"));
    assertThat(table.find("080").orElseThrow().code()).isEqualTo("08");
  }

  @Test
  void root_anyLevel_givesFirstTwoDigits() {
    assertThat(CameoCodes.root("0874")).isEqualTo("08");
    assertThat(CameoCodes.root("190")).isEqualTo("19");
    assertThat(CameoCodes.root("20")).isEqualTo("20");
  }

  @Test
  void root_notACameoCode_throwsWithTheValue() {
    assertThatThrownBy(() -> CameoCodes.root("9x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'9x'");
  }

  @Test
  void parse_badGoldstein_namesFileLineAndValue() {
    List<String> lines =
        List.of(
            HEADER, "040\tConsult\t1.0\t1\tCONSULT", "041\tDiscuss by telephone\tone\t1\tCONSULT");
    assertThatThrownBy(() -> CameoCodes.parse("cameo.tsv", lines))
        .isInstanceOf(ResourceFormatException.class)
        .hasMessage("cameo.tsv:3: expected a Goldstein score from -10 to 10, found 'one'");
  }

  @Test
  void parse_wrongFieldCount_namesTheCount() {
    List<String> lines = List.of(HEADER, "040\tConsult\t1.0\t1");
    assertThatThrownBy(() -> CameoCodes.parse("cameo.tsv", lines))
        .hasMessage("cameo.tsv:2: expected 5 tab-separated fields, found 4");
  }

  @Test
  void parse_badCodeQuadOrPlover_isRejected() {
    assertThatThrownBy(() -> CameoCodes.parse("f", List.of(HEADER, "4\tX\t1.0\t1\t")))
        .hasMessage("f:2: expected a code of 2 to 4 digits under a root 01..20, found '4'");
    assertThatThrownBy(() -> CameoCodes.parse("f", List.of(HEADER, "040\tX\t1.0\t5\t")))
        .hasMessage("f:2: expected a quad class 1..4, found '5'");
    assertThatThrownBy(() -> CameoCodes.parse("f", List.of(HEADER, "040\tX\t1.0\t1\tconsult")))
        .hasMessage("f:2: expected an upper-case PLOVER event or nothing, found 'consult'");
    assertThatThrownBy(() -> CameoCodes.parse("f", List.of(HEADER, "040\tX\tNaN\t1\t")))
        .hasMessageContaining("found 'NaN'");
  }

  @Test
  void parse_duplicateCode_namesBothLines() {
    List<String> lines = List.of(HEADER, "040\tA\t1.0\t1\t", "", "040\tB\t1.0\t1\t");
    assertThatThrownBy(() -> CameoCodes.parse("f", lines))
        .hasMessage("f:4: expected each code once, found '040' again (first on line 2)");
  }

  @Test
  void parse_wrongHeader_isLineOne() {
    assertThatThrownBy(() -> CameoCodes.parse("f", List.of("code\tlabel")))
        .hasMessageStartingWith("f:1: expected header");
    assertThatThrownBy(() -> CameoCodes.parse("f", List.of()))
        .hasMessageEndingWith("found 'null'");
  }

  @Test
  void checkManifest_withoutLicence_throwsNamingTheKey() {
    Properties p = new Properties();
    p.setProperty("source", "somewhere");
    p.setProperty("date", "2026-11-23");
    assertThatThrownBy(() -> CameoCodes.checkManifest("M.properties", p))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("M.properties must name its licence");
  }

  @Test
  void cameoCode_quadClassOutOfRange_throwsWithTheValue() {
    assertThatThrownBy(() -> new CameoCode("040", "Consult", 1.0, 0, "CONSULT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quadClass must be 1..4, found 0 for code 040");
    assertThatThrownBy(() -> new CameoCode("04001", "Consult", 1.0, 1, "CONSULT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'04001'");
  }
}
