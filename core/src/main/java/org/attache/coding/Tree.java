package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;

/**
 * A parsed sentence with its children lists and the relation names of both UD versions folded
 * together (v1 {@code dobj}, {@code nsubjpass}, {@code nmod}; v2 {@code obj}, {@code nsubj:pass},
 * {@code obl}). Immutable after construction; never leaves the package.
 */
final class Tree {
  final ParsedSentence sentence;
  private final List<List<Token>> children = new ArrayList<>();
  private final String[] upper;

  Tree(ParsedSentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    upper = new String[n + 1];
    for (int i = 0; i <= n; i++) {
      children.add(new ArrayList<>());
    }
    for (Token t : sentence.tokens()) {
      // A hashtag names what its word names: "#US blockade measure".
      String w = t.word().length() > 1 && t.word().startsWith("#") ? t.word().substring(1) : t.word();
      upper[t.index()] = w.toUpperCase(Locale.ROOT);
      if (t.head() >= 0 && t.head() <= n) {
        children.get(t.head()).add(t);
      }
    }
  }

  Token token(int i) {
    return sentence.token(i);
  }

  int size() {
    return sentence.tokens().size();
  }

  String upper(int i) {
    return upper[i];
  }

  String lemma(int i) {
    return token(i).lemma().toUpperCase(Locale.ROOT);
  }

  List<Token> children(int i) {
    return children.get(i);
  }

  /** The relation in UD v2 spelling. */
  static String rel(Token t) {
    return switch (t.deprel()) {
      case "dobj" -> "obj";
      case "nsubjpass" -> "nsubj:pass";
      case "csubjpass" -> "csubj:pass";
      case "auxpass" -> "aux:pass";
      case "name" -> "flat";
      case "mwe" -> "fixed";
      default -> t.deprel();
    };
  }

  /** Base relation in UD v2 spelling: {@code nmod:poss} is {@code nmod}, {@code dobj} is {@code obj}. */
  static String base(Token t) {
    String r = rel(t);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  /** Whether the token attaches as an oblique or nominal modifier (v1 nmod covers both). */
  static boolean isOblique(Token t) {
    String b = base(t);
    return b.equals("obl") || (b.equals("nmod") && !rel(t).equals("nmod:poss"));
  }

  /** The token's preposition ({@code case} dependent), upper case, or null. */
  String preposition(int i) {
    for (Token c : children(i)) {
      if (base(c).equals("case") && !c.word().equals("'s") && !c.word().equals("'")) {
        return c.word().toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** All tokens in the subtree of i, i included, in sentence order. */
  List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, List<Integer> out, int depth) {
    if (depth > 64 || out.contains(i)) {
      return;
    }
    out.add(i);
    for (Token c : children(i)) {
      collect(c.index(), out, depth + 1);
    }
  }

  /** The children of i with this relation (v2 spelling, subtypes included when {@code prefix}). */
  List<Token> dependents(int i, String relation) {
    List<Token> out = new ArrayList<>();
    for (Token c : children(i)) {
      if (rel(c).equals(relation)) {
        out.add(c);
      }
    }
    return out;
  }

  /** i and the tokens joined to it by {@code conj}, transitively. */
  List<Integer> conjuncts(int i) {
    List<Integer> out = new ArrayList<>();
    out.add(i);
    for (int k = 0; k < out.size() && k < 32; k++) {
      for (Token c : children(out.get(k))) {
        boolean list = base(c).equals("conj")
            // "Mordor, the Shire, Arnor and Bree" is often parsed as an apposition holding the rest.
            || (rel(c).equals("appos") && !dependents(c.index(), "conj").isEmpty());
        if (list && !out.contains(c.index())) {
          out.add(c.index());
        }
      }
    }
    return out;
  }
}
