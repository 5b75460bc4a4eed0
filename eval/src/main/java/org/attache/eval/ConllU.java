package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;

/** Reads one sentence in CoNLL-U (ten tab-separated columns per token). Stateless. */
final class ConllU {
  private ConllU() {}

  /**
   * The sentence; multi-word token lines ({@code 3-4}) and empty nodes ({@code 5.1}) are skipped.
   *
   * @throws IllegalArgumentException naming the line when a token line is malformed
   */
  static ParsedSentence parse(String text, String conll) {
    List<Token> tokens = new ArrayList<>();
    int lineNo = 0;
    for (String line : conll.split("\n")) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length < 8) {
        throw new IllegalArgumentException("CoNLL-U line " + lineNo + ": expected 10 tab-separated columns, found " + f.length);
      }
      if (f[0].contains("-") || f[0].contains(".")) {
        continue;
      }
      int head = f[6].equals("_") ? -1 : Integer.parseInt(f[6]);
      tokens.add(new Token(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], head, f[7], -1, -1, "O"));
    }
    return new ParsedSentence(0, text, -1, -1, tokens);
  }
}
