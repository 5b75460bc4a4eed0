package org.attache.reference;

import java.text.Normalizer;

/**
 * Folds text for name matching while keeping every offset: lower case, accents dropped,
 * hyphens and dashes as spaces, curly apostrophes straight. The folded string has the same
 * length as the original, so a match in it is a match at the same place in the original.
 */
public final class Fold {
  private Fold() {}

  public static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      out[i] = foldChar(s.charAt(i));
    }
    return new String(out);
  }

  private static char foldChar(char c) {
    if (c < 128) {
      return c == '-' || c == '_' ? ' ' : Character.toLowerCase(c);
    }
    switch (c) {
      case '‐', '‑', '‒', '–', '—', '\u00a0':
        return ' ';
      case '’', '‘', 'ʼ', 'ʻ', '`':
        return '\'';
      default:
        break;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(d.charAt(0));
  }
}
