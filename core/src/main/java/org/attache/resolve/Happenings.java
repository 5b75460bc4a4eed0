package org.attache.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attache.model.Event;

/**
 * One event per happening within a sentence and within an article: "a car bombing killed five
 * and wounded 110" is one attack, not a bombing, a use of force and an assault. Events of one
 * sentence between the same two sides are one happening when they share a CAMEO root, or when
 * both are force or assault (roots 18 to 20, which one attack's several verbs spread over); the
 * most specific code is kept. Stateless.
 */
final class Happenings {
  private Happenings() {}

  /** The sentence's events, one per happening, in the order of the first report of each. */
  static List<Event> oneEach(List<Event> sentence) {
    Map<String, Event> kept = new LinkedHashMap<>();
    for (Event e : sentence) {
      kept.merge(key(e), e, (a, b) -> specificity(b.code()) > specificity(a.code()) ? b : a);
    }
    List<Event> out = new ArrayList<>(kept.values());
    out.removeIf(e -> out.stream().anyMatch(o -> o != e && subsumes(o, e)));
    return out;
  }

  /**
   * Whether {@code known} tells the same happening as {@code vague} with a side {@code vague}
   * leaves unknown: "Israeli airstrikes on Gaza killed 70" is one attack by Israel, not also one
   * by someone unknown; "strikes killed the commander, a scientist and a general" is one attack
   * on Iran, not also three on no one placed.
   */
  private static boolean subsumes(Event known, Event vague) {
    if (!kind(known).equals(kind(vague))) {
      return false;
    }
    String ks = known.source().country();
    String vs = vague.source().country();
    String kt = known.target() == null ? null : known.target().country();
    String vt = vague.target() == null ? null : vague.target().country();
    boolean sourceFits = Objects.equals(ks, vs) || (vs == null && ks != null);
    boolean targetFits = Objects.equals(kt, vt) || (vt == null && kt != null);
    return sourceFits && targetFits && !(Objects.equals(ks, vs) && Objects.equals(kt, vt));
  }

  private static String kind(Event e) {
    String root = e.code().substring(0, 2);
    return root.equals("18") || root.equals("19") || root.equals("20") ? "force" : root;
  }

  /**
   * The article's events, one per happening: a later sentence that tells the same kind of act
   * (force counts as one, whatever its root) between the same sides on the same day again ("the
   * attack killed twelve", "the attack came two weeks before ...") adds its evidence, not an
   * event. The first report is kept.
   */
  static List<Event> oncePerDocument(List<Event> events) {
    Map<String, Event> kept = new LinkedHashMap<>();
    for (Event e : events) {
      kept.putIfAbsent(key(e) + "@" + e.date(), e);
    }
    return new ArrayList<>(kept.values());
  }

  private static String key(Event e) {
    return side(e.source().country()) + ">" + (e.target() == null ? "-" : side(e.target().country())) + ":" + kind(e);
  }

  /**
   * A side as the happening's key: its state, or "?" for any side no state places ("at least 30
   * people, including six children": the victims of one strike, however many phrases name them).
   */
  private static String side(String country) {
    return Objects.requireNonNullElse(country, "?");
  }

  /** Longer codes are more specific, and a code below its root's own ("195" under "190") too. */
  static int specificity(String code) {
    return code.length() * 2 + (code.endsWith("0") ? 0 : 1);
  }
}
