package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesEvalTest {
  @Test
  void gold_keepsToponymTypesWithTheirCoordinatesOrIds() {
    List<PlacesEval.Gold> gold = PlacesEval.gold(List.of(
        "T3\tLiteral_Expression 289 296\tmansion",
        "T5\tLiteral 631 648\tMississippi River",
        "T6\tLiteral_Modifier 579 593\tFrench Quarter",
        "#1\tAnnotatorNotes T6\t7303238",
        "#6\tAnnotatorNotes T5\t29.955631, -90.057837",
        "T9\tNon_Toponym 10 20\tsomething"));
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).lat()).isEqualTo(29.955631);
    assertThat(gold.get(1).geonamesId()).isEqualTo(7303238L);
  }

  @Test
  void km_moscowToTehran_isAbout2460() {
    assertThat(PlacesEval.km(55.75, 37.62, 35.69, 51.42)).isCloseTo(2460, within(40.0));
  }
}
