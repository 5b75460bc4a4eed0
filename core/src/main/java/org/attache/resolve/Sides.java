package org.attache.resolve;

import org.attache.coding.DependencyCoder;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.Location;

/**
 * The two sides an event record needs, completed from where it happened when the text leaves
 * one unnamed, and the events that still lack what makes them events between actors.
 *
 * <p>Design decision: the place stands in for an unnamed side only where news conventions make
 * it mean that side. An attack with no named victim ("twin bombings struck the cathedral in
 * Jolo") is an attack on the state where it struck; a protest or an arrest with no named doer
 * ("thousands marched in San Juan", "two suspects were arrested in Jakarta") is by the people or
 * the authorities of that place. Nowhere else: a place is not a party to talks held in it.
 * Stateless.
 */
final class Sides {
  private Sides() {}

  /**
   * The event with an unnamed side filled from its place, where the rule above allows it. With no
   * place in the sentence, the article's home country stands in (the state most of its places
   * and nationalities belong to, or null): "Police arrested the accused" in a report from
   * Christchurch is New Zealand's police. A side named only by its agent ("police",
   * "protesters") takes the same country.
   */
  static Event complete(Event e, String home) {
    Location place = e.location();
    boolean located = place != null && place.country() != null;
    String here = located ? place.country() : home;
    if (here == null) {
      // An agent no place gives a state stays unresolved, as the contract has it: null codes.
      ActorRef target = e.target() == null ? null : placed(e.target(), null);
      return protestedGovernment(with(e, placed(e.source(), null), target));
    }
    String name = located ? place.name() : "";
    ActorRef source = placed(e.source(), here);
    ActorRef target = e.target() == null ? null : placed(e.target(), here);
    String root = root(e);
    if ((target == null || target.country() == null) && (root.equals("18") || root.equals("19") || root.equals("20"))) {
      target = target == null ? new ActorRef(name, null, here, here) : new ActorRef(target.text(), target.name(), here, here);
    }
    if (target != null && target.country() == null && target.code() == null && (root.equals("15") || root.equals("17"))) {
      // "the Congress removed President Boluarte", "police detained two activists": the people a
      // state coerces, unplaced by their own words, are the place's.
      target = new ActorRef(target.text(), target.name(), here, here);
    }
    if (source.country() == null && source.code() == null && (root.equals("14") || root.equals("17"))) {
      source = new ActorRef(name, null, here, here);
    }
    return protestedGovernment(with(e, source, target));
  }

  /**
   * An actor named by its agent alone ("police": code COP, no country) as that agent of the
   * state, or, with no state, unresolved (null code).
   */
  private static ActorRef placed(ActorRef a, String country) {
    if (a.country() != null || !DependencyCoder.namesAgentAlone(a.code())) {
      return a; // a regional group ("MEAREB...") is not a state's agent
    }
    return new ActorRef(a.text(), a.name(), country == null ? null : country + a.code(), country);
  }

  /**
   * A protest that names no one it is against is against the protesters' own government, as
   * CAMEO codes it: "thousands marched in San Juan" is Puerto Ricans protesting their authorities.
   */
  static Event protestedGovernment(Event e) {
    String country = e.source().country();
    if (!e.code().startsWith("14") || e.target() != null || country == null || country.startsWith("IGO")) {
      return e;
    }
    return with(e, e.source(), new ActorRef("", null, country + "GOV", country));
  }

  /**
   * Whether the event names the sides an analyst counts: a target for every act but the material
   * ones (protest, coercion, assault, force, whose victims may go unnamed), and at least one
   * coded side.
   */
  static boolean complete(Event e, boolean keepUntargeted) {
    boolean coded = e.source().country() != null || (e.target() != null && e.target().country() != null);
    if (!coded) {
      return false;
    }
    if (e.target() != null || keepUntargeted) {
      return true;
    }
    String root = root(e);
    return root.equals("14") || root.equals("15") || root.equals("17") || root.equals("18") || root.equals("19")
        || root.equals("20");
  }

  private static String root(Event e) {
    return e.code().substring(0, 2);
  }

  private static Event with(Event e, ActorRef source, ActorRef target) {
    return new Event(e.id(), e.doc(), e.code(), e.quadClass(), e.goldstein(), e.plover(), source, target, e.date(),
        e.dateBasis(), e.location(), e.sentence(), e.spanStart(), e.spanEnd(), e.confidence(), e.trigger());
  }
}
