package org.attache.model;

import java.util.Objects;

/**
 * A time expression in one sentence ("on Wednesday", "January 17", "last month"). Immutable.
 *
 * @param sentence 0-based sentence index
 * @param firstToken 1-based index of the first token
 * @param lastToken 1-based index of the last token, inclusive
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value as the annotator normalised it ("2025-01-29", "XXXX-WXX-3"), or
 *     null when it gave none; resolving it against the publication date is a later stage's job
 * @param begin character offset in the document's text
 * @param end character offset after the expression
 */
public record TimeExpression(int sentence, int firstToken, int lastToken, String text, String type, String value,
    int begin, int end) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
