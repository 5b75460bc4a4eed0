package org.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cheap test for a sentence that can hold an event: a verb or an event noun, and at least
 * one named entity of a kind that can be an actor or a place (a person, an organisation, a place,
 * a nationality or a title). Runs on tags only, so it costs nothing beside the parser it saves.
 * Stateless; thread-safe.
 */
final class EventSentences {
  /** The NER types that can be an event's source, target or place. */
  private static final Set<String> ACTOR_OR_PLACE = Set.of("PERSON", "ORGANIZATION", "LOCATION",
      "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "TITLE", "MISC", "RELIGION", "IDEOLOGY");

  /** Nouns that name an event on their own, for verbless sentences and headlines. */
  private static final Set<String> EVENT_NOUNS = Set.of("talk", "meeting", "visit", "summit",
      "call", "trip", "tour", "negotiation", "agreement", "treaty", "accord", "deal", "pact",
      "ceasefire", "truce", "sanction", "embargo", "blockade", "attack", "strike", "airstrike",
      "bombing", "shelling", "raid", "assault", "invasion", "offensive", "clash", "war", "fighting",
      "killing", "arrest", "protest", "demonstration", "rally", "boycott", "coup", "election",
      "warning", "threat", "condemnation", "appeal", "pledge", "aid", "expulsion", "deportation");

  private EventSentences() {}

  /** Whether the sentence has a verb or an event noun and an actor or place. */
  static boolean canHoldEvent(List<CoreLabel> tokens) {
    boolean predicate = false;
    boolean entity = false;
    for (CoreLabel t : tokens) {
      predicate |= isPredicate(t);
      entity |= ACTOR_OR_PLACE.contains(t.ner());
      if (predicate && entity) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPredicate(CoreLabel token) {
    String tag = token.tag();
    if (tag == null) {
      return false;
    }
    String lemma = token.lemma();
    return tag.startsWith("VB")
        || (tag.startsWith("NN") && lemma != null && EVENT_NOUNS.contains(lemma.toLowerCase(Locale.ROOT)));
  }
}
