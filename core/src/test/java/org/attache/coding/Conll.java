package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;

/**
 * Builds parsed sentences for tests from compact lines: "index word lemma upos head deprel", with
 * the named-entity tag as an optional seventh field.
 */
final class Conll {
  private Conll() {}

  static ParsedSentence sentence(String... lines) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      tokens.add(new Token(Integer.parseInt(f[0]), f[1], f[2], f[3], f[3].equals("VERB") ? "VB" : "_",
          Integer.parseInt(f[4]), f[5], -1, -1, f.length > 6 ? f[6] : "O"));
      text.append(f[1]).append(' ');
    }
    return new ParsedSentence(0, text.toString().strip(), -1, -1, tokens);
  }
}
