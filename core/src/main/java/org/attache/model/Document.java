package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: its body text and what was removed to get it. Immutable.
 *
 * @param id the document id of CONTRACT.md
 * @param origin where it came from, for diagnostics
 * @param title the headline when one was found, else null
 * @param text the article body only: every sentence of the article, no boilerplate; paragraphs
 *     separated by a blank line. Event offsets index into this string.
 * @param removed the lines the cleaner took out, each with its reason
 * @param language an ISO 639-1 code, or {@code und} when it cannot tell
 * @param url the article's URL when known
 * @param dateline the place of a dateline ("TEHRAN") when the article had one, else null
 * @param clues what the reader and cleaner saw about the publication date, unparsed
 */
public record Document(
    String id,
    String origin,
    String title,
    String text,
    List<RemovedLine> removed,
    String language,
    String url,
    String dateline,
    List<DateClue> clues) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    removed = List.copyOf(removed);
    clues = List.copyOf(clues);
  }

  /** A line taken out of an article and why. */
  public record RemovedLine(String text, String reason) {
    public RemovedLine {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
