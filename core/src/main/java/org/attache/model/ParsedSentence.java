package org.attache.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens and, when it was parsed, their dependency tree. Immutable.
 *
 * @param index 0-based position in the document
 * @param text the sentence as written
 * @param begin character offset in the document's text, or -1 when unknown
 * @param end character offset after the sentence, or -1 when unknown
 * @param tokens the tokens in order, indexed from 1
 */
public record ParsedSentence(int index, String text, int begin, int end, List<Token> tokens) {
  public ParsedSentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i + 1) {
        throw new IllegalArgumentException("token " + (i + 1) + " has index " + tokens.get(i).index());
      }
    }
  }

  /** The token at a 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }

  /** Whether the sentence carries a dependency tree. */
  public boolean isParsed() {
    return !tokens.isEmpty() && tokens.get(0).head() >= 0;
  }

  /** The dependents of a token (0 for the root's), in order. */
  public List<Token> children(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        out.add(t);
      }
    }
    return out;
  }
}
