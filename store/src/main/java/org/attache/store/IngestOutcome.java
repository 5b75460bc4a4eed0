package org.attache.store;

/**
 * What storing one article did. Immutable.
 *
 * @param status what happened to the article
 * @param key the article's store key
 * @param duplicateOf for a duplicate or near-duplicate, the key of the document already stored
 * @param reports how many event reports were stored
 * @param newEvents how many of them started a new event
 * @param merged how many joined an event already stored from another article
 */
public record IngestOutcome(Status status, String key, String duplicateOf, int reports, int newEvents, int merged) {
  /** What happened to an article. */
  public enum Status {
    /** Stored, with its events. */
    ADDED,
    /** The same text is already stored; nothing was written. */
    DUPLICATE,
    /** Stored and linked to the story it re-posts; its events were not counted again. */
    NEAR_DUPLICATE
  }
}
