package org.attache.annotate;

import org.attache.model.AnnotatedDocument;
import org.attache.model.DatedDocument;

/**
 * Turns a dated document into sentences, tokens, entity mentions, time expressions and
 * dependency parses. Implementations say whether they are thread-safe.
 */
public interface Annotator {
  AnnotatedDocument annotate(DatedDocument document);
}
