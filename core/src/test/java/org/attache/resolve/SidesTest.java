package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.Location;
import org.junit.jupiter.api.Test;

/** Completing an event's sides from its place, and one event per happening in a sentence. */
class SidesTest {
  private static final ActorRef UNKNOWN = new ActorRef("", null, null, null);
  private static final ActorRef IRAN = new ActorRef("Iran", null, "IRN", "IRN");
  private static final Location JAKARTA = new Location("Jakarta", "IDN", -6.2, 106.8, 1642911L);

  private static Event event(String code, ActorRef source, ActorRef target, Location place) {
    return new Event(code + source.text(), "d1", code, 4, -10, null, source, target, "2025-03-05", "relative", place,
        "A sentence.", 0, 11, 0.7, null);
  }

  @Test
  void complete_attackWithoutVictim_isOnTheStateWhereItStruck() {
    Event e = Sides.complete(event("183", UNKNOWN, null, JAKARTA), null);
    assertThat(e.target().country()).isEqualTo("IDN");
    assertThat(e.source().country()).isNull();
  }

  @Test
  void complete_arrestWithoutDoer_isByTheAuthoritiesOfThePlace() {
    Event e = Sides.complete(event("173", UNKNOWN, new ActorRef("two suspects", null, null, null), JAKARTA), null);
    assertThat(e.source().country()).isEqualTo("IDN");
  }

  @Test
  void complete_protestAgainstNoOne_isAgainstTheProtestersOwnGovernment() {
    Event e = Sides.complete(event("141", UNKNOWN, null, JAKARTA), null);
    assertThat(e.source().country()).isEqualTo("IDN");
    assertThat(e.target().code()).isEqualTo("IDNGOV");
  }

  @Test
  void complete_talksInAPlace_placeIsNoParty() {
    Event e = Sides.complete(event("040", IRAN, null, JAKARTA), null);
    assertThat(e.target()).isNull();
  }

  @Test
  void complete_withoutTarget_onlyMaterialActsKept() {
    assertThat(Sides.complete(event("190", IRAN, null, null), false)).isTrue();
    assertThat(Sides.complete(event("010", IRAN, null, null), false)).isFalse();
    assertThat(Sides.complete(event("111", IRAN, null, null), false)).isFalse();
    assertThat(Sides.complete(event("111", IRAN, null, null), true)).as("--keep-untargeted").isTrue();
    assertThat(Sides.complete(event("190", UNKNOWN, null, null), true)).as("no coded side at all").isFalse();
  }

  @Test
  void complete_agentNamedWithoutItsState_isThePlacesAgent() {
    // "Police arrested the accused in Jakarta": the police are Indonesia's.
    Event e = Sides.complete(event("173", new ActorRef("Police", null, "COP", null), null, JAKARTA), "NZL");
    assertThat(e.source().code()).isEqualTo("IDNCOP");
    assertThat(e.source().country()).isEqualTo("IDN");
  }

  @Test
  void complete_noPlaceInTheSentence_articlesHomeCountryStandsIn() {
    // "Police arrested the accused" in an article about Christchurch; "gunmen killed four" there.
    Event arrest = Sides.complete(event("173", new ActorRef("Police", null, "COP", null), null, null), "NZL");
    assertThat(arrest.source().code()).isEqualTo("NZLCOP");
    Event attack = Sides.complete(event("180", UNKNOWN, new ActorRef("four", null, null, null), null), "NZL");
    assertThat(attack.target().country()).isEqualTo("NZL");
    assertThat(attack.target().text()).isEqualTo("four");
    Event talks = Sides.complete(event("040", IRAN, null, null), "NZL");
    assertThat(talks.target()).as("talks are not with the home country").isNull();
  }

  @Test
  void complete_coercedPeopleTheirWordsDoNotPlace_areThePlacesPeople() {
    // "The Congress removed President Boluarte": the removed president is the place's.
    Event e = Sides.complete(event("174", new ActorRef("The Congress", null, "PERLEG", "PER"),
        new ActorRef("President Boluarte", null, null, null), null), "PER");
    assertThat(e.target().country()).isEqualTo("PER");
    Event talks = Sides.complete(event("040", IRAN, new ActorRef("a delegation", null, null, null), null), "PER");
    assertThat(talks.target().country()).as("not for talks").isNull();
  }

  @Test
  void complete_noPlaceAndNoHome_sidesLeftAsTold() {
    Event e = Sides.complete(event("173", new ActorRef("Police", null, "COP", null), null, null), null);
    assertThat(e.source().country()).isNull();
    assertThat(e.source().code()).as("unresolved, as the contract has it").isNull();
    assertThat(e.source().text()).isEqualTo("Police");
    assertThat(Sides.complete(e, false)).as("no coded side").isFalse();
  }

  @Test
  void oncePerDocument_sameActSameSidesSameDay_firstReportKept() {
    ActorRef victims = new ActorRef("five", null, "IDN", "IDN");
    Event first = event("183", UNKNOWN, victims, null);
    Event again = new Event("again", "d1", "180", 4, -10, null, UNKNOWN, victims, "2025-03-05", "relative", null,
        "The attack killed five.", 20, 43, 0.7, null);
    Event otherDay = new Event("later", "d1", "183", 4, -10, null, UNKNOWN, victims, "2025-03-09", "relative", null,
        "Another attack on Sunday.", 50, 75, 0.7, null);
    Event protest = event("141", UNKNOWN, victims, null);
    assertThat(Happenings.oncePerDocument(List.of(first, again, otherDay, protest)))
        .extracting(Event::id).containsExactly(first.id(), otherDay.id(), protest.id());
  }

  @Test
  void oneEach_forceByAnUnknownDoerAlongsideTheSameForceByAKnownOne_oneEvent() {
    // "At least 70 Palestinians are killed in Israeli airstrikes on Gaza": one attack, by Israel.
    ActorRef gaza = new ActorRef("Gaza", null, "PSE", "PSE");
    ActorRef israel = new ActorRef("Israeli", null, "ISR", "ISR");
    ActorRef unplaced = new ActorRef("a scientist", null, null, null);
    List<Event> kept = Happenings.oneEach(List.of(event("190", UNKNOWN, gaza, null), event("195", israel, gaza, null),
        event("190", israel, unplaced, null), event("141", UNKNOWN, gaza, null)));
    assertThat(kept).extracting(e -> e.code() + ":" + e.source().country() + ">" + e.target().country())
        .containsExactly("195:ISR>PSE", "141:null>PSE");
  }

  @Test
  void oneEach_victimsOfOneStrikeNamedInSeveralPhrases_oneEvent() {
    // "Israeli strikes kill at least 30 people, including six children", nowhere placed.
    ActorRef israel = new ActorRef("Israeli strikes", null, "ISR", "ISR");
    List<Event> kept = Happenings.oneEach(List.of(event("190", israel, new ActorRef("30 people", null, null, null), null),
        event("190", israel, new ActorRef("including six children", null, null, null), null)));
    assertThat(kept).hasSize(1);
  }

  @Test
  void oneEach_severalForceVerbsOnOneDyad_oneEventMostSpecificCode() {
    ActorRef victims = new ActorRef("five", null, "IDN", "IDN");
    List<Event> kept = Happenings.oneEach(List.of(event("190", UNKNOWN, victims, null), event("183", UNKNOWN, victims, null),
        event("180", UNKNOWN, victims, null), event("111", IRAN, victims, null)));
    assertThat(kept).extracting(Event::code).containsExactly("183", "111");
  }
}
