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
    Event e = Sides.complete(event("183", UNKNOWN, null, JAKARTA));
    assertThat(e.target().country()).isEqualTo("IDN");
    assertThat(e.source().country()).isNull();
  }

  @Test
  void complete_arrestWithoutDoer_isByTheAuthoritiesOfThePlace() {
    Event e = Sides.complete(event("173", UNKNOWN, new ActorRef("two suspects", null, null, null), JAKARTA));
    assertThat(e.source().country()).isEqualTo("IDN");
  }

  @Test
  void complete_protestAgainstNoOne_isAgainstTheProtestersOwnGovernment() {
    Event e = Sides.complete(event("141", UNKNOWN, null, JAKARTA));
    assertThat(e.source().country()).isEqualTo("IDN");
    assertThat(e.target().code()).isEqualTo("IDNGOV");
  }

  @Test
  void complete_talksInAPlace_placeIsNoParty() {
    Event e = Sides.complete(event("040", IRAN, null, JAKARTA));
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
  void oneEach_severalForceVerbsOnOneDyad_oneEventMostSpecificCode() {
    ActorRef victims = new ActorRef("five", null, "IDN", "IDN");
    List<Event> kept = Happenings.oneEach(List.of(event("190", UNKNOWN, victims, null), event("183", UNKNOWN, victims, null),
        event("180", UNKNOWN, victims, null), event("111", IRAN, victims, null)));
    assertThat(kept).extracting(Event::code).containsExactly("183", "111");
  }
}
