package org.attache.model;

import java.util.Objects;

/**
 * A coded event as CONTRACT.md's event record describes it. Immutable.
 *
 * @param id stable: the same input gives the same id
 * @param doc the document id
 * @param code the CAMEO event code
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein the Goldstein score of the code
 * @param plover the PLOVER category, or null
 * @param source who acted
 * @param target on whom, or null for an event without a target
 * @param date when it happened ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), or null
 * @param dateBasis {@code explicit}, {@code relative}, {@code publication}, {@code inferred} or null
 * @param location where, or null
 * @param sentence the evidence sentence
 * @param spanStart the sentence's first character in the document's text
 * @param spanEnd the character after the sentence
 * @param confidence how sure the coder is, 0 to 1
 * @param trigger the word that carries the event ("met", "talks"), or null when unknown
 */
public record Event(String id, String doc, String code, int quadClass, double goldstein, String plover,
    ActorRef source, ActorRef target, String date, String dateBasis, Location location, String sentence,
    int spanStart, int spanEnd, double confidence, Trigger trigger) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sentence, "sentence");
    if (spanEnd < spanStart) {
      throw new IllegalArgumentException("span ends at " + spanEnd + " before it starts at " + spanStart);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  /**
   * The word that carries an event, with its place in the document's text.
   *
   * @param text the word as written
   * @param lemma its dictionary form ("meet" for "met")
   * @param begin its first character in the document's cleaned text
   * @param end the character after it
   */
  public record Trigger(String text, String lemma, int begin, int end) {
    public Trigger {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(lemma, "lemma");
      if (end < begin) {
        throw new IllegalArgumentException("trigger ends at " + end + " before it starts at " + begin);
      }
    }
  }
}
