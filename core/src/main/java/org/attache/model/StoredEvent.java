package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * An event as the store keeps it: one happening merged across every report of it. Immutable.
 *
 * @param event the merged record: the best-dated report's fields, its id the first report's
 * @param mentions every report, in the order they were stored
 * @param sources the number of distinct documents among the mentions
 * @param conflicts short notes where the reports disagree ("date: 2025-01-17 (a.txt) vs 2024
 *     (b.txt)"), empty when they agree
 */
public record StoredEvent(Event event, List<Mention> mentions, int sources, List<String> conflicts) {
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    mentions = List.copyOf(mentions);
    conflicts = List.copyOf(conflicts);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a stored event needs at least one mention");
    }
    if (sources < 1 || sources > mentions.size()) {
      throw new IllegalArgumentException("sources must be between 1 and " + mentions.size() + ", was " + sources);
    }
  }

  /**
   * One report of a stored event.
   *
   * @param id the report's own event id (as {@code extract} gives it)
   * @param doc the document it is in
   * @param sentence the evidence sentence
   * @param spanStart the sentence's first character in the document's text
   * @param spanEnd the character after it
   * @param date the date this report gives, or null
   * @param dateBasis how this report's date was found, or null
   */
  public record Mention(String id, String doc, String sentence, int spanStart, int spanEnd, String date, String dateBasis) {
    public Mention {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(sentence, "sentence");
    }

    /** The mention an event record makes. */
    public static Mention of(Event e) {
      return new Mention(e.id(), e.doc(), e.sentence(), e.spanStart(), e.spanEnd(), e.date(), e.dateBasis());
    }
  }
}
