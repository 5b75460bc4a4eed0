package org.attache.model;

import java.util.Objects;

/**
 * A named-entity mention: a span of tokens in one sentence with its fine type. Immutable.
 *
 * @param sentence 0-based sentence index
 * @param firstToken 1-based index of the first token
 * @param lastToken 1-based index of the last token, inclusive
 * @param type PERSON, ORGANIZATION, COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, NATIONALITY, TITLE,
 *     RELIGION, IDEOLOGY, CRIMINAL_CHARGE, DATE, ...
 * @param text the mention as written
 * @param begin character offset in the document's text
 * @param end character offset after the mention
 */
public record EntityMention(int sentence, int firstToken, int lastToken, String type, String text, int begin, int end) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (lastToken < firstToken) {
      throw new IllegalArgumentException("mention ends at token " + lastToken + " before it starts at " + firstToken);
    }
  }
}
