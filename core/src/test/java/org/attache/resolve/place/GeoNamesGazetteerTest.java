package org.attache.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Location;
import org.junit.jupiter.api.Test;

class GeoNamesGazetteerTest {
  private final GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();

  @Test
  void find_capital_winsOverNamesakes() {
    Location moscow = gazetteer.find("Moscow", null).orElseThrow();
    assertThat(moscow.country()).isEqualTo("RUS");
    assertThat(moscow.geonamesId()).isEqualTo(524901L);
    assertThat(moscow.lat()).isBetween(55.0, 56.5);
  }

  @Test
  void find_expectedCountry_picksTheNamesakeThere() {
    assertThat(gazetteer.find("Moscow", "USA").orElseThrow().country()).isEqualTo("USA");
  }

  @Test
  void find_variantSpellingsAndCountries() {
    assertThat(gazetteer.find("Damascus", null).orElseThrow().country()).isEqualTo("SYR");
    assertThat(gazetteer.find("Tehran", null).orElseThrow().country()).isEqualTo("IRN");
    assertThat(gazetteer.find("Syria", null).orElseThrow().geonamesId()).isNull();
    assertThat(gazetteer.find("Kyiv", null).orElseThrow().country()).isEqualTo("UKR");
    assertThat(gazetteer.find("Qzxville", null)).isEmpty();
  }

  @Test
  void find_regionNamedAfterItsCity_isInThatCitysCountry() {
    assertThat(gazetteer.find("Gaza Strip", null)).map(l -> l.country()).contains("PSE");
    assertThat(gazetteer.find("Donetsk Oblast", null)).map(l -> l.country()).contains("UKR");
    assertThat(gazetteer.find("Idlib Governorate", null)).map(l -> l.country()).contains("SYR");
    assertThat(gazetteer.find("Nowhere Oblast", null)).isEmpty();
  }
}
