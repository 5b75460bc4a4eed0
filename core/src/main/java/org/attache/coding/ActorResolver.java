package org.attache.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Token;

/**
 * Codes the noun phrase headed by a token: the actor it names ("Arnor", "the Shire", "Russian"),
 * any agents ("police", "foreign minister", "lawmakers") joined to the actor's code, and an actor
 * found in a modifier when the phrase names only an agent ("lawmakers in Arnor", "the government
 * of Gondor"). Conjoined phrases give one code per conjunct. Stateless apart from its inputs.
 */
final class ActorResolver {
  private static final Set<String> PHRASE_RELATIONS = Set.of(
      "compound", "flat", "amod", "det", "nmod:poss", "nummod", "fixed", "appos", "case", "flat:name", "compound:prt");
  private static final Set<String> ACTOR_PREPOSITIONS = Set.of("IN", "OF", "FROM", "FOR");
  private static final Set<String> PLACES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
  /** Nouns for a part of a whole, whose actor is the whole: "members of the alliance". */
  private static final Set<String> PARTS = Set.of("member", "one", "some", "many", "several", "most", "part",
      "majority", "representative", "delegate", "each", "all", "both", "none", "group");

  /**
   * Agents that stand for a state's own people when the text names no state: "police arrested
   * two suspects", "protesters gathered", "the army shelled". Their country is the place's.
   */
  private static final Set<String> LOCAL_AGENTS = Set.of("GOV", "COP", "MIL", "JUD", "LEG", "SPY", "OPP", "CVL", "REB",
      "INS");

  /** Whether a code is an agent's alone, of the kinds that stand for a state's people ("COP"). */
  static boolean localAgent(String code) {
    return code != null && code.length() >= 3 && LOCAL_AGENTS.contains(code.substring(0, 3));
  }

  private final Dictionaries dict;
  private final boolean bareAgents;

  ActorResolver(Dictionaries dict) {
    this(dict, false);
  }

  /**
   * @param bareAgents whether a phrase that names only a state's agent ("police", "protesters")
   *     is an actor whose country is still to be found, coded by its agent alone ("COP")
   */
  ActorResolver(Dictionaries dict, boolean bareAgents) {
    this.dict = dict;
    this.bareAgents = bareAgents;
  }

  /** An actor code, the head token it was found at, and the actor's own code before agents. */
  record Coded(String code, int head, String actor) {}

  /** The codes of the phrase headed by {@code head} and its conjuncts. */
  List<Coded> resolve(Tree tree, int head, LocalDate date) {
    List<Coded> out = new ArrayList<>();
    List<Integer> conj = tree.conjuncts(head);
    List<String> borrowed = List.of();
    for (int h : conj) {
      List<String> own = modifierActors(tree, h, date);
      if (!own.isEmpty()) {
        borrowed = own;
      }
    }
    String shared = null;
    for (int h : conj) {
      List<Integer> phrase = phrase(tree, h);
      List<Integer> extended = extended(tree, h, phrase);
      List<Integer> covered = new ArrayList<>();
      List<String> actors = headMatch(tree, h, extended, date, covered);
      List<Integer> agentWords = new ArrayList<>(extended);
      agentWords.removeAll(covered); // "UN Security Council" is IGOUNO, not IGOUNO plus a council
      String agent = agents(tree, agentWords);
      if (actors.isEmpty()) {
        // Design decision: a common noun is an actor only through an agent ("Danish media") or
        // a possessor ("Caras Galadhon's mayor"), so "their Ent populations" names no one while
        // "Bree Prime Minister Romendacil" does.
        actors = first(actors(tree, agent != null || !isCommonNoun(tree, h) ? phrase : namesIn(tree, h, phrase), date));
      }
      if (actors.size() == 1 && PLACES.contains(tree.token(h).ner())) {
        // "Tripoli, Lebanon": the country named with a city says which city it is.
        for (Token c : tree.children(h)) {
          if (Tree.rel(c).equals("appos") && c.ner().equals("COUNTRY")) {
            List<String> country = first(actors(tree, phrase(tree, c.index()), date));
            actors = country.isEmpty() ? actors : country;
          }
        }
      }
      if (actors.size() == 1) {
        actors = withModifierConjuncts(tree, h, phrase, actors, date);
      }
      if (actors.isEmpty() && (PARTS.contains(tree.token(h).lemma().toLowerCase(java.util.Locale.ROOT))
          || tree.token(h).upos().equals("NUM"))) {
        // "members of the European Union", "one of these groups": the whole they are part of.
        actors = modifierActors(tree, h, date);
        if (actors.isEmpty()) {
          actors = appositionActors(tree, h, date);
        }
      }
      if (actors.isEmpty() && agent != null) {
        actors = modifierActors(tree, h, date);
        if (actors.isEmpty()) {
          actors = !borrowed.isEmpty() || shared == null ? borrowed : List.of(shared);
        }
      }
      if (shared == null && !actors.isEmpty()) {
        // "The Danish Islamist media and government": what modifies the first conjunct is shared.
        shared = combine(actors.get(0), agents(tree, without(phrase, h)));
      }
      for (String a : actors) {
        out.add(new Coded(combine(a, agent), h, a));
      }
    }
    if (out.isEmpty() && bareAgents) {
      for (int h : conj) {
        String agent = agents(tree, phrase(tree, h));
        String code = agent == null ? "" : agent.replace("|", "");
        if (localAgent(code) && agentAtHead(tree, h)) {
          out.add(new Coded(code, h, null)); // "police": the country is the place's, found later
        }
      }
    }
    return out;
  }

  /** Posts that are another state's by nature: "the embassy declined" is a foreign embassy. */
  private static final Set<String> FOREIGN_POSTS = Set.of("embassy", "consulate", "mission", "delegation", "envoy",
      "ambassador", "diplomat", "consul", "attache", "media", "agency", "newspaper");

  /**
   * Titles of one person: "the minister" points back to someone named before, whose state the
   * place does not tell, so it is never placed as a bare agent.
   */
  static final Set<String> PERSON_TITLES = Set.of("minister", "president", "premier", "chancellor", "spokesman",
      "spokeswoman", "spokesperson", "official", "leader", "secretary", "king", "prince", "governor", "mayor", "general",
      "commander", "chief", "adviser", "advisor", "senator");

  /** A definite singular title: "the minister", "the president". */
  static boolean definiteTitle(Tree tree, int h) {
    Token t = tree.token(h);
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    boolean singular = t.word().equalsIgnoreCase(t.lemma());
    boolean definite = tree.children(h).stream().anyMatch(c -> Tree.rel(c).equals("det")
        && (c.word().equalsIgnoreCase("the") || c.word().equalsIgnoreCase("this")));
    return singular && definite && PERSON_TITLES.contains(lemma);
  }

  /** Whether the head word itself names a group agent ("the riot police", not "police chief's car"). */
  private boolean agentAtHead(Tree tree, int h) {
    String lemma = tree.token(h).lemma().toLowerCase(java.util.Locale.ROOT);
    return agents(tree, List.of(h)) != null && !FOREIGN_POSTS.contains(lemma) && !definiteTitle(tree, h);
  }

  /** The possessor's phrase and the proper names modifying a common noun ("Ithilen villages"). */
  private static List<Integer> namesIn(Tree tree, int h, List<Integer> phrase) {
    List<Integer> out = new ArrayList<>();
    for (Token c : tree.children(h)) {
      if (Tree.rel(c).equals("nmod:poss")) {
        out.addAll(phrase(tree, c.index()));
      }
    }
    for (int i : phrase) {
      Token t = tree.token(i);
      // A nationality adjective counts when the annotator says so ("the Iranian diplomatic
      // mission"); an adjective alone does not ("their Ent populations").
      boolean name = t.upos().equals("PROPN") || t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY")
          || (t.word().startsWith("#") && t.word().length() > 1);
      if (name && !out.contains(i)) {
        out.add(i);
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /** "Eriadori and Calenardhon leaders": the modifier's conjuncts name actors too. */
  private List<String> withModifierConjuncts(Tree tree, int h, List<Integer> phrase, List<String> actors, LocalDate date) {
    List<String> out = new ArrayList<>(actors);
    for (int i : phrase) {
      String rel = Tree.rel(tree.token(i));
      if (i == h || !(rel.equals("amod") || rel.equals("compound"))) {
        continue;
      }
      for (Token c : tree.children(i)) {
        if (Tree.base(c).equals("conj")) {
          out.addAll(first(actors(tree, phrase(tree, c.index()), date)));
        }
      }
    }
    return out;
  }

  /** The actor named by a noun's modifiers alone: "Israel's" or "Israeli" in "Israeli attack". */
  List<Coded> modifiers(Tree tree, int h, LocalDate date, boolean withoutPlaces) {
    List<Integer> mods = without(phrase(tree, h), h);
    if (withoutPlaces) {
      // "the Astana summit" names where, not who.
      mods.removeIf(i -> PLACES.contains(tree.token(i).ner()));
    }
    List<Integer> covered = new ArrayList<>();
    List<String> found = first(actors(tree, mods, date, covered));
    mods.removeAll(covered);
    return found.isEmpty() ? List.of() : List.of(new Coded(combine(found.get(0), agents(tree, mods)), h, found.get(0)));
  }

  private static boolean isCommonNoun(Tree tree, int h) {
    return tree.token(h).upos().equals("NOUN");
  }

  private static List<Integer> without(List<Integer> phrase, int h) {
    List<Integer> out = new ArrayList<>(phrase);
    out.remove(Integer.valueOf(h));
    return out;
  }

  /**
   * Design decision: one actor per noun phrase, the leftmost named: in "Ithilen's minister
   * Calimehtar" the possessor is the actor, the name a person's.
   */
  private static List<String> first(List<String> actors) {
    return actors.isEmpty() ? actors : List.of(actors.get(0));
  }

  /** The phrase plus its "of" modifiers' phrases, so that "Prince of Dol Amroth" can match. */
  private static List<Integer> extended(Tree tree, int h, List<Integer> phrase) {
    List<Integer> out = new ArrayList<>(phrase);
    for (Token c : tree.children(h)) {
      if (Tree.isOblique(c) && "OF".equals(tree.preposition(c.index()))) {
        for (int k : phrase(tree, c.index())) {
          if (!out.contains(k)) {
            out.add(k);
          }
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /** The actor whose dictionary phrase covers the head itself ("Prince of Dol Amroth"), if any. */
  private List<String> headMatch(Tree tree, int h, List<Integer> span, LocalDate date, List<Integer> covered) {
    for (int i = 0; i < span.size(); i++) {
      for (ActorDictionary.Entry e : dict.actors.startingWith(tree.upper(span.get(i)))) {
        int last = i + e.words().size() - 1;
        if (matches(tree, span, i, e.words()) && span.get(i) <= h && span.get(last) >= h
            && !partOfLongerName(tree, span.get(i), e.words().size())) {
          covered.addAll(span.subList(i, last + 1));
          String code = e.actor().codeOn(date);
          return code == null ? List.of() : List.of(code);
        }
      }
    }
    return List.of();
  }

  /** The actor's code with the agents' codes: prefix agents before it, the others after. */
  private static String combine(String actor, String agent) {
    if (agent == null) {
      return actor;
    }
    int bar = agent.indexOf('|');
    String prefix = agent.substring(0, bar);
    String suffix = agent.substring(bar + 1);
    String code = actor.startsWith(prefix) ? actor : prefix + actor;
    return code.endsWith(suffix) ? code : code + suffix;
  }

  /** "One of these groups, the Eriador Front": the actor an apposition names. */
  private List<String> appositionActors(Tree tree, int h, LocalDate date) {
    for (Token c : tree.children(h)) {
      if (Tree.rel(c).equals("appos")) {
        List<String> found = first(actors(tree, phrase(tree, c.index()), date));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** Actors in "in Arnor", "of Gondor", "from Gondor" attached to the head. */
  private List<String> modifierActors(Tree tree, int h, LocalDate date) {
    List<String> out = new ArrayList<>();
    for (Token c : tree.children(h)) {
      String prep = tree.preposition(c.index());
      if (Tree.isOblique(c) && prep != null && ACTOR_PREPOSITIONS.contains(prep)) {
        for (int k : tree.conjuncts(c.index())) {
          out.addAll(actors(tree, phrase(tree, k), date));
        }
      }
    }
    return out;
  }

  /** The head and its phrase-internal modifiers, in sentence order. */
  static List<Integer> phrase(Tree tree, int head) {
    List<Integer> out = new ArrayList<>();
    add(tree, head, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private static void add(Tree tree, int i, List<Integer> out, int depth) {
    out.add(i);
    if (depth > 8) {
      return;
    }
    for (Token c : tree.children(i)) {
      if (PHRASE_RELATIONS.contains(Tree.rel(c)) || (depth > 0 && Tree.rel(c).startsWith("nmod:poss"))) {
        add(tree, c.index(), out, depth + 1);
      }
    }
  }

  /** Actor codes named in the phrase, longest dictionary match first, left to right. */
  List<String> actors(Tree tree, List<Integer> phrase, LocalDate date) {
    return actors(tree, phrase, date, new ArrayList<>());
  }

  /** As {@link #actors(Tree, List, LocalDate)}, adding the tokens the actors' phrases cover. */
  List<String> actors(Tree tree, List<Integer> phrase, LocalDate date, List<Integer> covered) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < phrase.size()) {
      int matched = 0;
      for (ActorDictionary.Entry e : dict.actors.startingWith(tree.upper(phrase.get(i)))) {
        if (matches(tree, phrase, i, e.words()) && !partOfLongerName(tree, phrase.get(i), e.words().size())) {
          String code = e.actor().codeOn(date);
          if (code != null) {
            out.add(code);
            covered.addAll(phrase.subList(i, i + e.words().size()));
          }
          matched = e.words().size();
          break;
        }
      }
      int t = phrase.get(i);
      boolean surname = tree.token(t).ner().equals("PERSON") && tree.upper(t).length() >= 6
          && (t == tree.size() || !tree.token(t + 1).ner().equals("PERSON"));
      if (matched == 0 && surname && !partOfLongerName(tree, t, 1)) {
        ActorDictionary.Entry near = dict.actors.nearest(tree.upper(phrase.get(i)));
        String code = near == null ? null : near.actor().codeOn(date);
        if (code != null) {
          out.add(code);
          covered.add(phrase.get(i));
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /**
   * Whether a one-word dictionary name at token {@code t} is only part of a longer personal name:
   * "Abdullah" (a king in the dictionaries) in "Abdullah Öcalan" is not the king, "Albanese" (a
   * prime minister) in "Francesca Albanese" is not the prime minister.
   */
  private static boolean partOfLongerName(Tree tree, int t, int n) {
    if (!tree.token(t).ner().equals("PERSON") || n > 1) {
      return false;
    }
    int after = t + n;
    // "Abdullah" before "Öcalan"; "Albanese" after "Francesca": a namesake, not the listed person,
    // whose full name the dictionary would have matched first.
    return (after <= tree.size() && tree.token(after).ner().equals("PERSON"))
        || (t > 1 && tree.token(t - 1).ner().equals("PERSON") && tree.token(t - 1).upos().equals("PROPN"));
  }

  /** The agent codes in the phrase as {@code prefix|suffix}, each joined in order, or null. */
  String agents(Tree tree, List<Integer> phrase) {
    StringBuilder suffix = new StringBuilder();
    StringBuilder prefix = new StringBuilder();
    int i = 0;
    while (i < phrase.size()) {
      int matched = 0;
      List<AgentDictionary.Entry> entries = new ArrayList<>(dict.agents.startingWith(tree.upper(phrase.get(i))));
      entries.addAll(dict.agents.startingWith(tree.lemma(phrase.get(i))));
      for (AgentDictionary.Entry e : entries) {
        if (matches(tree, phrase, i, e.words())) {
          StringBuilder to = e.agent().prefix() ? prefix : suffix;
          if (to.indexOf(e.agent().code()) < 0) {
            to.append(e.agent().code()); // "the president's special envoy" is GOV once, not GOVGOV
          }
          matched = e.words().size();
          break;
        }
      }
      i += Math.max(1, matched);
    }
    if (suffix.length() == 0 && prefix.length() == 0) {
      return null;
    }
    return prefix + "|" + suffix;
  }

  /** Whether the words match consecutive tokens of the phrase from position i. */
  private static boolean matches(Tree tree, List<Integer> phrase, int i, List<String> words) {
    if (i + words.size() > phrase.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      int t = phrase.get(i + k);
      if (k > 0 && t != phrase.get(i + k - 1) + 1) {
        return false;
      }
      String w = words.get(k);
      String u = tree.upper(t);
      boolean last = k == words.size() - 1;
      if (!u.equals(w) && !tree.lemma(t).equals(w) && !(last && u.equals(Phrases.plural(w)))) {
        return false;
      }
    }
    return true;
  }
}
