package org.attache.coding;

import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * Whether the act a trigger names is told as having happened. News tells many acts that did not
 * happen: conditions ("if Arnor attacks, we will respond"), possibilities ("Gondor could impose
 * sanctions"), requests ("urged Rohan to withdraw": the urging happened, the withdrawal did not),
 * refusals ("refused to sign"), denials ("did not meet") and accusations ("accused Gondor of
 * shelling"). Only asserted and announced acts are
 * coded as such; a negated act becomes its negation where CAMEO has one; the others are not coded
 * (the asking or refusing verb is coded in its own right). Stateless.
 */
final class Factuality {
  /** How a trigger's act is told. */
  enum Mood {
    /** It happened: "met", "the talks were held". */
    ASSERTED,
    /** It is announced or threatened for the future: "will visit", "plans to sign". */
    ANNOUNCED,
    /** Someone asked, urged or demanded it: "called on Gondor to withdraw". */
    REQUESTED,
    /** Only under a condition: "if the talks fail", "unless Gondor withdraws". */
    CONDITIONAL,
    /** A possibility or an obligation: "could attack", "might end up", "should resign". */
    HYPOTHETICAL,
    /** It did not happen: "did not meet", "never signed", "denied attacking". */
    NEGATED,
    /** Someone declined to do it: "refused to sign". */
    REFUSED,
    /** Someone is accused of it: "accused Gondor of shelling the town". */
    ALLEGED
  }

  private static final Set<String> CONDITION_MARKS = Set.of("if", "unless", "whether");
  private static final Set<String> POSSIBILITY = Set.of("could", "might", "may", "should", "must", "ought", "can");
  private static final Set<String> REQUESTING = Set.of("ask", "urge", "call", "demand", "request", "press", "push",
      "appeal", "invite", "encourage", "want", "wish", "order", "tell", "implore", "beg", "pressure", "petition", "insist");
  private static final Set<String> REFUSING = Set.of("refuse", "decline", "reject", "resist");
  private static final Set<String> DENYING = Set.of("deny", "dismiss");
  /** Modifiers of an event noun that make it not (yet) real. */
  private static final Set<String> UNREAL = Set.of("expected", "expect", "planned", "plan", "possible", "potential",
      "proposed", "propose", "threatened", "threaten", "looming", "imminent", "feared", "fear", "alleged", "allege",
      "hypothetical", "future", "attempted", "foiled", "foil", "thwarted", "thwart");
  /** Verbs whose object is an act still to come: "attacks are being planned", "plotted a coup". */
  private static final Set<String> PLANNING = Set.of("plan", "plot", "prepare", "propose", "consider", "contemplate",
      "threaten", "fear", "expect", "foil", "thwart", "prevent", "avert");
  /** Verbs whose complement is what someone is accused of, not what the text tells happened. */
  private static final Set<String> ACCUSING = Set.of("accuse", "blame", "allege", "charge", "suspect", "indict");
  /** Verbs whose negation negates their complement (Karttunen's implicatives). */
  private static final Set<String> IMPLICATIVE = Set.of("agree", "manage", "decide", "dare", "bother", "remember",
      "begin", "start", "continue", "get", "go", "proceed", "move",
      // and intentions: "did not intend to discuss", "does not plan to attend" announce nothing
      "intend", "plan", "mean", "aim", "seek", "expect", "want", "wish", "hope");
  private static final Set<String> SAYING = Set.of("say", "announce", "tell", "warn", "threaten", "pledge", "promise",
      "vow", "state", "declare", "add", "insist", "confirm", "report", "write", "tweet");

  private Factuality() {}

  /** How the act at token {@code t} (a verb or an event noun) is told. */
  static Mood of(Tree tree, int t) {
    return of(tree, t, 0);
  }

  private static Mood of(Tree tree, int t, int depth) {
    if (negated(tree, t)) {
      return Mood.NEGATED;
    }
    for (Token c : tree.children(t)) {
      if (Tree.rel(c).equals("amod") && UNREAL.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        return Mood.HYPOTHETICAL; // "an expected ground offensive", "a planned attack"
      }
    }
    for (Token c : tree.children(t)) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (Tree.base(c).equals("mark") && CONDITION_MARKS.contains(w)) {
        return Mood.CONDITIONAL;
      }
      if (Tree.base(c).equals("aux") && POSSIBILITY.contains(w)) {
        return Mood.HYPOTHETICAL;
      }
      if (Tree.base(c).equals("aux") && w.equals("would")) {
        // "said it would retaliate" announces; a bare "would retaliate" supposes.
        return reported(tree, t) ? Mood.ANNOUNCED : Mood.HYPOTHETICAL;
      }
    }
    if (Intent.announced(tree, t)) {
      // "did not intend to discuss": a negated intention announces nothing.
      Token self = tree.token(t);
      boolean underNegated = Tree.rel(self).equals("xcomp") && self.head() > 0 && negated(tree, self.head());
      return underNegated ? Mood.NEGATED : Mood.ANNOUNCED;
    }
    Token token = tree.token(t);
    int head = token.head();
    if (head <= 0 || depth > 6) {
      return Mood.ASSERTED;
    }
    String rel = Tree.rel(token);
    String governor = tree.token(head).lemma().toLowerCase(Locale.ROOT);
    boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || (rel.equals("obl") && isVerb(tree, head)
        && tree.token(t).upos().equals("NOUN")) || rel.equals("obj");
    boolean nounObject = tree.token(t).upos().equals("NOUN") && (rel.equals("obj") || rel.equals("nsubj:pass"));
    if (nounObject && isVerb(tree, head) && PLANNING.contains(governor)) {
      return Mood.HYPOTHETICAL; // "multiple attacks are being planned", "foiled a bombing"
    }
    boolean clause = complement || rel.equals("advcl") || rel.startsWith("acl");
    if (clause && ACCUSING.contains(governor) && isVerb(tree, head) && isVerb(tree, t)) {
      return Mood.ALLEGED; // "accused Hezbollah of kidnapping three soldiers"
    }
    if (complement && isVerb(tree, head)) {
      if (REQUESTING.contains(governor) && (rel.equals("xcomp") || (rel.equals("ccomp") && !SAYING.contains(governor)))) {
        return Mood.REQUESTED;
      }
      if (governor.equals("call") && rel.equals("obl") && "FOR".equals(tree.preposition(t))) {
        return Mood.REQUESTED; // "called for talks"
      }
      if (REFUSING.contains(governor) || (governor.equals("rule") && particle(tree, head, "out"))) {
        return Mood.REFUSED; // "refused to sign", "ruled out joining"
      }
      if (DENYING.contains(governor)) {
        return Mood.NEGATED;
      }
    }
    boolean inherits = (rel.equals("conj") && tree.dependents(t, "nsubj").isEmpty() && tree.dependents(t, "nsubj:pass").isEmpty())
        || complement || rel.startsWith("acl") || rel.equals("advcl");
    if (!inherits) {
      return Mood.ASSERTED;
    }
    Mood above = of(tree, head, depth + 1);
    // What governs a told act decides when it did not happen; an announcement carries over only
    // through coordination ("will destroy and obliterate").
    return switch (above) {
      // "did not say they met" leaves the meeting open; "did not agree to meet" and "did not
      // hold talks" do not. Only implicative verbs pass a negation to their complement: "did not
      // manage to meet" is no meeting, "won't try to clash" tells an attempt, not the act.
      case NEGATED -> rel.equals("conj") || (rel.equals("xcomp") && IMPLICATIVE.contains(governor))
          || (complement && !isVerb(tree, t)) ? above : Mood.ASSERTED;
      case CONDITIONAL, HYPOTHETICAL, REQUESTED, REFUSED, ALLEGED -> rel.equals("conj") || complement ? above : Mood.ASSERTED;
      case ANNOUNCED -> rel.equals("conj") ? above : Mood.ASSERTED;
      default -> Mood.ASSERTED;
    };
  }

  private static boolean particle(Tree tree, int v, String word) {
    return tree.children(v).stream().anyMatch(c -> Tree.rel(c).equals("compound:prt") && c.word().equalsIgnoreCase(word));
  }

  /** A clause that reports someone's words or thoughts: "said it would", "indicated it would". */
  private static boolean reported(Tree tree, int t) {
    Token token = tree.token(t);
    return Tree.rel(token).equals("ccomp") && token.head() > 0 && isVerb(tree, token.head());
  }

  private static boolean isVerb(Tree tree, int i) {
    Token t = tree.token(i);
    return t.upos().equals("VERB") || t.xpos().startsWith("VB");
  }

  /** A {@code not}, {@code n't} or {@code never} on the word itself. */
  static boolean negated(Tree tree, int v) {
    for (Token c : tree.children(v)) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (Tree.rel(c).equals("neg") || (Tree.rel(c).equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never")))) {
        return true;
      }
    }
    return false;
  }
}
