package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated document with its linguistic analysis: sentences and tokens (parsed where they can
 * hold an event), entity mentions and time expressions. Immutable.
 */
public record AnnotatedDocument(DatedDocument document, List<ParsedSentence> sentences,
    List<EntityMention> entities, List<TimeExpression> times) {
  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }
}
