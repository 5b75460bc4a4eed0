package org.attache.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;

/**
 * Codes CAMEO events in one dependency-parsed sentence. For each verb in the verb dictionary:
 * the most specific matching pattern gives the code; the subject (or, for a passive, the
 * {@code by} phrase) is the source, found through control and coordination when the verb has
 * none of its own; the object, indirect object or an oblique actor is the target, conjoined
 * actors giving one event each. A compound subject without a target codes the event both ways.
 *
 * <p>Immutable and thread-safe.
 */
public final class DependencyCoder {
  private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "ccomp", "conj", "advcl", "parataxis", "acl", "acl:relcl");
  private static final Set<String> NOT_TARGET_PREPOSITIONS = Set.of("IN", "AT", "DURING", "SINCE", "AFTER", "BEFORE", "UNTIL", "BY");
  /** Prepositions of place and time: never a target's, unless the config says places may be. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("IN", "DURING", "SINCE", "AFTER", "BEFORE", "UNTIL", "BY",
      "NEAR", "INSIDE", "ACROSS", "THROUGHOUT", "OUTSIDE", "WITHIN");

  /** Nouns of a setting, whose actors are the occasion, not the act's target. */
  private static final Set<String> SETTINGS = Set.of("sideline", "sidelines", "margin", "margins", "occasion",
      "backdrop", "framework", "context", "auspices");

  private final Dictionaries dict;
  private final ActorResolver actors;
  private final CoderConfig config;

  public DependencyCoder(Dictionaries dict, CoderConfig config) {
    this.dict = Objects.requireNonNull(dict, "dict");
    this.config = Objects.requireNonNull(config, "config");
    this.actors = new ActorResolver(dict, config.bareAgents());
  }

  /**
   * What the coder emits. Immutable.
   *
   * @param requireTarget drop events without a target actor (PETRARCH's practice; the product
   *     keeps them with a null target)
   * @param bareAgents whether an agent named without its state ("police arrested ...",
   *     "protesters gathered") is an actor, coded by the agent alone, for the resolver to place
   */
  public record CoderConfig(boolean requireTarget, boolean placesAsTargets, boolean intentAsCameo, boolean bareAgents) {
    /**
     * The product's settings: events without targets are kept; a place is not a target; an act
     * announced for the future is coded as CAMEO's expression of intent ("will visit" is 036); an
     * agent without its state is kept for the resolver to place.
     */
    public static final CoderConfig DEFAULTS = new CoderConfig(false, false, true, true);
    /** PETRARCH's practice, for its validation suite: targets required, places may be targets. */
    public static final CoderConfig PETRARCH = new CoderConfig(true, true, false, false);
  }

  /**
   * The sentences this coder can find an event in: those with a word or lemma the verb
   * dictionary or the noun triggers know. Others are coded as nothing whether parsed or not.
   */
  public boolean mayTrigger(List<String> words, List<String> lemmas) {
    for (int i = 0; i < words.size(); i++) {
      String lemma = lemmas.get(i) == null ? words.get(i) : lemmas.get(i);
      if (!dict.verbs.lookup(words.get(i).toUpperCase(Locale.ROOT)).isEmpty()
          || !dict.verbs.lookup(lemma.toUpperCase(Locale.ROOT)).isEmpty()
          || dict.nouns.find(lemma) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an event side's code is an agent's alone ("COP", "OPP"), coded when the text names no
   * state, for the resolver to place.
   */
  public static boolean namesAgentAlone(String code) {
    return ActorResolver.localAgent(code);
  }

  /** The events in a sentence, as of the given day (for actors' dated roles). */
  public List<CodedEvent> code(ParsedSentence sentence, LocalDate date) {
    return code(sentence, date, List.of(), null, null);
  }

  /**
   * The events of an article's sentences in order, with a little discourse: a subject that only
   * points back ("He mentioned ...", "Both officials emphasized ...") stands for the previous
   * sentence's acting actors.
   */
  public List<List<CodedEvent>> codeDocument(List<ParsedSentence> sentences, LocalDate date) {
    List<List<CodedEvent>> out = new ArrayList<>();
    List<ActorResolver.Coded> antecedents = List.of();
    ActorResolver.Coded attacker = null;
    ActorResolver.Coded doer = null;
    for (ParsedSentence s : sentences) {
      List<CodedEvent> events = code(s, date, antecedents, attacker, doer);
      out.add(events);
      antecedents = nextAntecedents(s, date, events, antecedents);
      for (CodedEvent e : events) {
        String root = e.code().substring(0, 2);
        if (e.source() != null && (root.equals("18") || root.equals("19") || root.equals("20"))) {
          attacker = new ActorResolver.Coded(e.source(), 0, e.sourceActor());
        }
        if (e.source() != null && e.sourceActor() != null && !verbal(e.code())) {
          doer = new ActorResolver.Coded(e.source(), 0, e.sourceActor());
        }
      }
    }
    return out;
  }

  /** Roots of saying, appealing, demanding, disapproving, rejecting, threatening: words, not deeds. */
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "10", "11", "12", "13");

  private static boolean verbal(String code) {
    return VERBAL_ROOTS.contains(code.substring(0, 2));
  }

  /** Who the next sentence's pronouns may mean: this sentence's sources, else its main subject. */
  private List<ActorResolver.Coded> nextAntecedents(ParsedSentence s, LocalDate date, List<CodedEvent> events,
      List<ActorResolver.Coded> previous) {
    List<ActorResolver.Coded> out = new ArrayList<>();
    for (CodedEvent e : events) {
      if (e.sourceActor() != null && out.stream().noneMatch(c -> c.code().equals(e.source()))) {
        out.add(new ActorResolver.Coded(e.source(), 0, e.sourceActor()));
      }
    }
    if (out.isEmpty() && s.isParsed()) {
      Tree tree = new Tree(s);
      for (Token root : tree.children(0)) {
        for (Token subject : tree.dependents(root.index(), "nsubj")) {
          actors.resolve(tree, subject.index(), date).forEach(c -> out.add(new ActorResolver.Coded(c.code(), 0, c.actor())));
        }
      }
    }
    return out.isEmpty() ? previous : List.copyOf(out);
  }

  private List<CodedEvent> code(ParsedSentence sentence, LocalDate date, List<ActorResolver.Coded> antecedents,
      ActorResolver.Coded attacker, ActorResolver.Coded doer) {
    if (!sentence.isParsed()) {
      return List.of();
    }
    Tree tree = new Tree(sentence);
    List<String> words = new ArrayList<>();
    for (int i = 1; i <= tree.size(); i++) {
      words.add(tree.upper(i));
    }
    if (dict.discards.discards(words)) {
      return List.of();
    }
    Set<CodedEvent> out = new LinkedHashSet<>();
    Context context = new Context(tree, date, antecedents, attacker, doer);
    boolean[] quoted = quoted(tree);
    for (int i = 1; i <= tree.size(); i++) {
      Token t = tree.token(i);
      Set<CodedEvent> found = new LinkedHashSet<>();
      if (t.upos().equals("VERB") || t.xpos().startsWith("VB")) {
        codeVerb(context, i, found);
      } else if (t.upos().equals("NOUN")) {
        codeNoun(context, i, found);
      }
      for (CodedEvent e : found) {
        // A deed inside a quotation is the speaker's words ("those who remain silent when the
        // mosque is attacked", "stop attacking each other"), not a happening the report tells;
        // what the speaker does by speaking (warns, appeals, rejects) is.
        if (!(quoted[i] && Agentless.mayLackSource(e.code()))) {
          out.add(e);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Which tokens stand between quotation marks. */
  private static boolean[] quoted(Tree tree) {
    boolean[] out = new boolean[tree.size() + 1];
    boolean inside = false;
    for (int i = 1; i <= tree.size(); i++) {
      Token t = tree.token(i);
      String w = t.word();
      boolean open = t.xpos().equals("``") || w.equals("\u201c");
      boolean close = t.xpos().equals("''") || w.equals("\u201d");
      boolean straight = w.equals("\"") && !open && !close;
      if (open || (straight && !inside)) {
        inside = true;
      } else if (close || straight) {
        inside = false;
      } else {
        out[i] = inside;
      }
    }
    return out;
  }

  /**
   * One sentence being coded: its tree, its date, the previous sentence's actors, the doer of the
   * article's last attack told before it, and the doer of its last act of any kind (or nulls).
   */
  private record Context(Tree tree, LocalDate date, List<ActorResolver.Coded> antecedents, ActorResolver.Coded attacker,
      ActorResolver.Coded doer) {}

  private static final Set<String> POINTING_PRONOUNS = Set.of("he", "she", "they");
  private static final Set<String> GROUP_NOUNS = Set.of("official", "side", "diplomat", "leader", "minister", "country");

  private void codeVerb(Context context, int v, Set<CodedEvent> out) {
    Tree tree = context.tree();
    LocalDate date = context.date();
    VerbDictionary.Verb verb = verb(tree, v);
    if (verb == null || actNounObject(tree, v)) {
      return; // "carried out an airstrike": the noun tells the act
    }
    PatternMatcher.Match match = PatternMatcher.best(tree, v, verb.patterns(), implicitObject(tree, v));
    String code = match == null ? verb.code() : match.pattern().code();
    String reverse = match == null ? null : match.pattern().reverseCode();
    if (code != null && code.contains(":")) {
      String[] both = code.split(":", 2);
      code = both[0].strip();
      reverse = both[1].strip();
    }
    if (code == null || code.startsWith("-") || !code.matches("\\d{2,4}")) {
      return;
    }
    String sensed = VerbSense.refine(tree, v, code);
    if (!sensed.equals(code)) {
      code = sensed;
      reverse = null; // a characterisation or a verbal attack is one-way
    }
    switch (Factuality.of(tree, v)) {
      case ASSERTED -> { }
      case ANNOUNCED -> {
        if (config.intentAsCameo()) {
          code = Intent.codeFor(code);
          reverse = null; // an intention is the speaker's alone
        }
      }
      case NEGATED -> {
        // "did not clash" is not a clash: the ontology gives the negated act, or there is none.
        code = dict.ontology.negate(code);
        reverse = reverse == null ? null : dict.ontology.negate(reverse);
        if (code == null) {
          return;
        }
      }
      default -> {
        return; // asked for, refused, conditional or possible: not a happening
      }
    }
    if (match == null && tree.lemma(v).equals("DIE") && Agentless.cause(tree, v) == 0) {
      return; // "the ambassador died": a death told without its cause is no one's act
    }
    List<ActorResolver.Coded> sources = sources(context, v);
    List<ActorResolver.Coded> targets = targets(tree, v, date, sources);
    if (match != null && match.pattern().swapped()) {
      List<ActorResolver.Coded> subject = sources;
      sources = targets;
      targets = subject;
    }
    boolean agentless = sources.isEmpty() && Agentless.mayLackSource(code) && Agentless.doerUnnamed(tree, v);
    if (agentless && !config.placesAsTargets()) {
      // "the mayor was stabbed", "a car bombing killed five": the act without its doer, unless
      // the act it names as its cause has one ("were killed in Israeli airstrikes"). (PETRARCH's
      // practice takes a place phrase for the doer: "was shot dead in Osgiliath".)
      int cause = Agentless.cause(tree, v);
      sources = cause == 0 ? List.of() : actors.modifiers(tree, cause, date, true);
      sources = sources.isEmpty() ? List.of(UNKNOWN) : sources;
    }
    if (sources.isEmpty() && isPassive(tree, v)) {
      // "The Philippines was criticized over its dispute with Eriador": with no "by" phrase,
      // the actor in an oblique phrase is the one acting.
      Set<Integer> used = new java.util.HashSet<>();
      targets.forEach(t -> used.add(t.head()));
      sources = nested(tree, v, date, used, 0);
    }
    if (sources.isEmpty() && targets.isEmpty() && agreementParticiple(tree, v)) {
      // "amid a strategic agreement signed in 2024" in a sentence about Tehran and Moscow's
      // agendas: an agentless signing names no parties; the sentence's one coordinated pair of
      // states is taken as them.
      sources = coordinatedPair(tree, date);
    }
    if (sources.isEmpty() && agentless) {
      sources = List.of(UNKNOWN);
    }
    if (sources.isEmpty()) {
      return;
    }
    if (targets.isEmpty() && (code.startsWith("11") || code.startsWith("12"))) {
      // "Israel struck the mission ... Russia condemned the airstrike": the attack told before
      // names whom the condemnation is of; "Turkey moved in ... the EU criticised the move": the
      // act told before, whom its criticism is of.
      targets = actReferredTo(context, v, sources);
    }
    if (targets.isEmpty() && !config.requireTarget() && Agentless.mayLackSource(code) && !code.startsWith("14")) {
      // "killed a photojournalist in Mokha": a victim no dictionary names is still the target;
      // the resolver places it by the places its words name.
      targets = victim(tree, v, sources, date);
    }
    if (targets.isEmpty() && sources.size() > 1 && (Mutuality.mutual(code) || Mutuality.reciprocal(tree, v))
        && (!isPassive(tree, v) || agreementSigned(tree, v))) {
      // "Arnor and Gondor met": each met the other. A one-way act ("Arnor and Gondor
      // condemned ...") or co-agents of a passive ("joined by Arnor, Gondor and Rohan") are not
      // acts on one another.
      for (ActorResolver.Coded s : sources) {
        for (ActorResolver.Coded t : sources) {
          if (!Objects.equals(s.code(), t.code())) {
            out.add(event(tree, code, s, t, v, match != null));
          }
        }
      }
      return;
    }
    for (ActorResolver.Coded s : sources) {
      if (targets.isEmpty() && !config.requireTarget()) {
        out.add(event(tree, code, s, null, v, match != null));
      }
      for (ActorResolver.Coded t : targets) {
        if (s.code() != null && s.code().equals(t.code())) {
          continue;
        }
        out.add(event(tree, code, s, t, v, match != null));
        if (reverse != null && reverse.matches("\\d{2,4}")) {
          out.add(event(tree, reverse, t, s, v, match != null));
        }
      }
    }
  }

  /**
   * A noun that reports an event. For a meeting, the participants are the governing verb's
   * compound subject or the noun's "with" phrase; for an attack, the possessor, an adjective of
   * nationality or a "by" phrase acts on an "on", "against" or "in" phrase.
   */
  private void codeNoun(Context context, int n, Set<CodedEvent> out) {
    Tree tree = context.tree();
    LocalDate date = context.date();
    NounTriggers.Trigger trigger = dict.nouns.find(tree.token(n).lemma());
    if (trigger == null) {
      return;
    }
    String code = trigger.code();
    switch (Factuality.of(tree, n)) {
      case ASSERTED -> { }
      case ANNOUNCED -> code = config.intentAsCameo() ? Intent.codeFor(code) : code;
      default -> {
        return; // "did not hold talks", "called for talks": no talks
      }
    }
    if (Tree.rel(tree.token(n)).equals("compound") && tree.token(n).head() > n) {
      return; // "attack helicopter": a modifier, not an event
    }
    if (code.startsWith("14") && campaigning(tree, n)) {
      return; // "an election rally" is a campaign's, not a protest
    }
    List<ActorResolver.Coded> own = actors.modifiers(tree, n, date, trigger.kind() == NounTriggers.Kind.CONSULT);
    List<ActorResolver.Coded> by = obliqueActors(tree, n, date, Set.of("BY", "FROM"));
    for (Token c : tree.children(n)) {
      if (by.isEmpty() && Tree.rel(c).startsWith("acl") && c.upos().equals("VERB")) {
        by = obliqueActors(tree, c.index(), date, Set.of("BY")); // "the attack, conducted by the Taliban"
      }
    }
    List<ActorResolver.Coded> on = obliqueActors(tree, n, date, trigger.kind() == NounTriggers.Kind.ACT
        ? Set.of("ON", "AGAINST", "IN", "AT", "TO", "INTO") : Set.of("WITH", "BETWEEN"));
    List<ActorResolver.Coded> sources = !by.isEmpty() ? by : own;
    if (sources.isEmpty() && trigger.kind() == NounTriggers.Kind.ACT && lightVerbObject(tree, n)) {
      // "Israel carried out airstrikes on Beirut": the one who carries the act out does it.
      sources = sources(context, tree.token(n).head());
    }
    if (sources.isEmpty() && trigger.kind() == NounTriggers.Kind.ACT && Agentless.mayLackSource(code)) {
      // "an attack on an Iraqi air base", "protests in San Juan": the act without a named doer.
      sources = List.of(UNKNOWN);
    }
    if (trigger.kind() == NounTriggers.Kind.CONSULT) {
      if (sources.isEmpty()) {
        int governor = tree.token(n).head();
        sources = governor > 0 ? sources(context, governor) : List.of();
      }
      if (on.isEmpty() && sources.size() > 1 && Mutuality.mutual(code)) {
        for (ActorResolver.Coded s : sources) {
          for (ActorResolver.Coded t : sources) {
            if (!Objects.equals(s.code(), t.code())) {
              out.add(event(tree, code, s, t, n, false));
            }
          }
        }
        return;
      }
    }
    for (ActorResolver.Coded s : sources) {
      if (on.isEmpty() && !config.requireTarget()) {
        out.add(event(tree, code, s, null, n, false));
      }
      for (ActorResolver.Coded t : on) {
        if (!Objects.equals(s.code(), t.code())) {
          out.add(event(tree, code, s, t, n, false));
        }
      }
    }
  }

  /** Verbs that only carry an act their object names: "carry out an attack", "launch strikes". */
  private static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "launch", "stage", "mount", "unleash",
      "begin", "start", "perform", "execute", "wage", "continue", "resume", "intensify", "step", "escalate");

  /** Whether the noun at n is the object of a light verb: "launched an offensive". */
  private static boolean lightVerbObject(Tree tree, int n) {
    Token t = tree.token(n);
    return Tree.rel(t).equals("obj") && t.head() > 0 && LIGHT_VERBS.contains(tree.token(t.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the verb at v is a light verb whose object is an act the noun triggers know. */
  private boolean actNounObject(Tree tree, int v) {
    if (!LIGHT_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Token o : tree.dependents(v, "obj")) {
      NounTriggers.Trigger t = dict.nouns.find(o.lemma());
      if (t != null && t.kind() == NounTriggers.Kind.ACT) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CAMPAIGN_WORDS = Set.of("election", "campaign", "electoral", "pre-election",
      "political", "victory", "party");

  /** A rally or march of a campaign: "an election rally", "political rallies". */
  private static boolean campaigning(Tree tree, int n) {
    for (Token c : tree.children(n)) {
      String rel = Tree.rel(c);
      if ((rel.equals("compound") || rel.equals("amod")) && CAMPAIGN_WORDS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private List<ActorResolver.Coded> obliqueActors(Tree tree, int n, LocalDate date, Set<String> prepositions) {
    for (Token c : tree.children(n)) {
      String prep = tree.preposition(c.index());
      if (Tree.isOblique(c) && prep != null && prepositions.contains(prep)) {
        List<ActorResolver.Coded> found = actors.resolve(tree, c.index(), date);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * The doer of the act the verb's object refers to without naming anyone: the article's last
   * attacker for an attack ("condemned the airstrike"), its last doer for a decision or another
   * act ("criticised the move", "declined the request"), as the target at that object's words;
   * else none. Not the speaker itself.
   */
  private List<ActorResolver.Coded> actReferredTo(Context context, int v, List<ActorResolver.Coded> sources) {
    Tree tree = context.tree();
    List<Token> objects = new ArrayList<>(tree.dependents(v, "obj"));
    objects.addAll(tree.dependents(v, "nsubj:pass"));
    for (Token o : objects) {
      if (!actors.modifiers(tree, o.index(), context.date(), true).isEmpty()) {
        continue;
      }
      NounTriggers.Trigger t = dict.nouns.find(o.lemma());
      boolean attack = t != null && t.kind() == NounTriggers.Kind.ACT && Agentless.mayLackSource(t.code())
          && !t.code().startsWith("14");
      ActorResolver.Coded a = attack ? context.attacker()
          : t != null || VerbSense.isActOrDecision(o.lemma()) ? context.doer() : null;
      boolean speaker = a != null && sources.stream().anyMatch(s -> Objects.equals(s.code(), a.code()));
      if (a != null && !speaker) {
        return List.of(new ActorResolver.Coded(a.code(), o.index(), a.actor()));
      }
    }
    return List.of();
  }

  /**
   * The object (or a passive's subject) as an uncoded victim phrase, or none. An act is not its
   * own victim: in "launched a missile attack", the attack is what was done.
   */
  private List<ActorResolver.Coded> victim(Tree tree, int v, List<ActorResolver.Coded> sources, LocalDate date) {
    for (String rel : List.of("obj", "nsubj:pass")) {
      for (Token c : tree.dependents(v, rel)) {
        boolean taken = sources.stream().anyMatch(s -> s.head() == c.index());
        boolean noun = c.upos().equals("NOUN") || c.upos().equals("PROPN");
        boolean act = dict.nouns.find(c.lemma()) != null || VerbSense.isActOrDecision(c.lemma());
        if (!taken && noun && !act) {
          // "killed Abdel Latif al-Qanou, who served as Hamas' spokesman": the words about the
          // victim name its side.
          List<String> named = actors.actors(tree, tree.subtree(c.index()), date);
          if (!named.isEmpty()) {
            return List.of(new ActorResolver.Coded(named.get(0), c.index(), named.get(0)));
          }
          return List.of(new ActorResolver.Coded(null, c.index(), null));
        }
      }
    }
    return List.of();
  }

  /** The doer of an act told without one ("was stabbed"): no code, no words. */
  private static final ActorResolver.Coded UNKNOWN = new ActorResolver.Coded(null, 0, null);

  private static CodedEvent event(Tree tree, String code, ActorResolver.Coded s, ActorResolver.Coded t, int trigger,
      boolean patterned) {
    List<Integer> sp = s.head() == 0 ? List.of(0) : ActorResolver.phrase(tree, s.head());
    List<Integer> tp = t == null ? List.of(0) : t.code() == null ? victimPhrase(tree, t.head()) : ActorResolver.phrase(tree, t.head());
    return new CodedEvent(code, s.code(), t == null ? null : t.code(), trigger, s.head(), t == null ? 0 : t.head(),
        s.actor(), t == null ? null : t.actor(), patterned, sp.get(0), sp.get(sp.size() - 1), tp.get(0),
        tp.get(tp.size() - 1), Intent.announced(tree, trigger));
  }


  /** An actor's phrase; for a victim, also its "of" and "in" modifiers ("mayor of Gdańsk"). */
  private static List<Integer> victimPhrase(Tree tree, int head) {
    List<Integer> phrase = new ArrayList<>(ActorResolver.phrase(tree, head));
    for (Token c : tree.children(head)) {
      String prep = tree.preposition(c.index());
      if (Tree.isOblique(c) && ("OF".equals(prep) || "IN".equals(prep))) {
        for (int i : tree.subtree(c.index())) {
          if (!phrase.contains(i)) {
            phrase.add(i);
          }
        }
      }
    }
    phrase.sort(Integer::compare);
    List<Integer> out = new ArrayList<>();
    for (int i = phrase.get(0); i <= phrase.get(phrase.size() - 1); i++) {
      out.add(i);
    }
    return out;
  }

  /** The dictionary verb at token v: a multi-word verb whose other words are present wins. */
  private VerbDictionary.Verb verb(Tree tree, int v) {
    // The written form first: the dictionaries give some forms their own entries (LEFT is a
    // visit, while LEAVE is not).
    List<VerbDictionary.Verb> candidates = new ArrayList<>(dict.verbs.lookup(tree.upper(v)));
    candidates.addAll(dict.verbs.lookup(tree.lemma(v)));
    VerbDictionary.Verb single = null;
    for (VerbDictionary.Verb c : candidates) {
      if (c.before().isEmpty() && c.after().isEmpty()) {
        single = single == null ? c : single;
      } else if (multiwordPresent(tree, v, c)) {
        return c;
      }
    }
    return single;
  }

  private static boolean multiwordPresent(Tree tree, int v, VerbDictionary.Verb c) {
    for (int k = 0; k < c.after().size(); k++) {
      int t = v + 1 + k;
      if (t > tree.size() || !tree.upper(t).equals(c.after().get(k))) {
        if (!particle(tree, v, c.after().get(k))) {
          return false;
        }
      }
    }
    for (int k = 0; k < c.before().size(); k++) {
      int t = v - c.before().size() + k;
      if (t < 1 || !tree.upper(t).equals(c.before().get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean particle(Tree tree, int v, String word) {
    for (Token c : tree.children(v)) {
      if (c.word().toUpperCase(Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The subject's actors; for a passive, the agent's; climbing to a controlling verb if needed. */
  private List<ActorResolver.Coded> sources(Context context, int v) {
    List<ActorResolver.Coded> found = ownSources(context.tree(), v, context.date());
    if (!found.isEmpty() || context.antecedents().isEmpty()) {
      return found;
    }
    Token subject = pointingSubject(context.tree(), v);
    if (subject == null) {
      return found;
    }
    String w = subject.word().toLowerCase(Locale.ROOT);
    List<ActorResolver.Coded> candidates = context.antecedents();
    boolean title = ActorResolver.definiteTitle(context.tree(), subject.index());
    if (title) {
      // "The president" points at the one before who holds such an office: a government actor.
      String agent = actors.agents(context.tree(), List.of(subject.index()));
      String office = agent == null ? "GOV" : agent.replace("|", "");
      candidates = candidates.stream().filter(a -> a.code() != null && a.code().contains(office)).toList();
    }
    int n = candidates.size();
    // "he", "she" and "the minister" point at one actor, "both officials" at two or more;
    // otherwise no guess.
    boolean single = w.equals("he") || w.equals("she") || title;
    boolean fits = single ? n == 1 : !w.equals("they") ? n >= 2 : n >= 1;
    if (!fits) {
      return found;
    }
    List<ActorResolver.Coded> out = new ArrayList<>();
    for (ActorResolver.Coded a : candidates) {
      out.add(new ActorResolver.Coded(a.code(), subject.index(), a.actor()));
    }
    return out;
  }

  /**
   * A subject that only points back: "he", "she", "they", or "both officials", "the two sides"
   * naming no actor of its own.
   */
  private Token pointingSubject(Tree tree, int v) {
    int current = v;
    for (int depth = 0; depth < 4 && current > 0; depth++) {
      for (Token s : tree.dependents(current, "nsubj")) {
        String w = s.word().toLowerCase(Locale.ROOT);
        if (POINTING_PRONOUNS.contains(w) || ActorResolver.definiteTitle(tree, s.index())) {
          return s; // "he", or "the minister" (asked only when the subject named no actor)
        }
        boolean group = GROUP_NOUNS.contains(s.lemma().toLowerCase(Locale.ROOT)) && tree.children(s.index()).stream()
            .anyMatch(c -> c.word().equalsIgnoreCase("both") || c.word().equalsIgnoreCase("two"));
        return group ? s : null;
      }
      Token t = tree.token(current);
      if (!SUBJECT_CLIMB.contains(Tree.rel(t))) {
        return null;
      }
      current = t.head();
    }
    return null;
  }

  /** What one issues to say something: its issuer says what a clause on it says. */
  private static final Set<String> COMMUNICATIONS = Set.of("message", "statement", "letter", "tweet", "post", "video",
      "note", "speech", "interview", "communique", "declaration", "address");

  private List<ActorResolver.Coded> ownSources(Tree tree, int v, LocalDate date) {
    Token self = tree.token(v);
    String selfRel = Tree.rel(self);
    boolean presentParticiple = self.xpos().equals("VBG") || (self.word().endsWith("ing") && self.upos().equals("VERB"));
    if ((selfRel.equals("amod") || selfRel.equals("acl")) && presentParticiple && self.head() > 0
        && tree.dependents(v, "nsubj").isEmpty() && tree.token(self.head()).upos().equals("NOUN")) {
      // "interrupted by protesting legislators", "advancing troops": the noun does what its
      // present participle says.
      List<ActorResolver.Coded> doer = actors.resolve(tree, self.head(), date);
      if (!doer.isEmpty()) {
        return doer;
      }
    }
    int current = v;
    boolean pronoun = false;
    boolean viaClause = false;
    for (int depth = 0; depth < 6 && current > 0; depth++) {
      if (isPassive(tree, current)) {
        for (Token c : tree.children(current)) {
          if (Tree.isOblique(c) && "BY".equals(tree.preposition(c.index())) || Tree.rel(c).endsWith(":agent")) {
            return actors.resolve(tree, c.index(), date);
          }
        }
        return List.of(); // a passive without its agent has no source; the subject is the target
      }
      List<Token> subjects = tree.dependents(current, "nsubj");
      pronoun |= !subjects.isEmpty() && subjects.get(0).upos().equals("PRON");
      if (!subjects.isEmpty() && !subjects.get(0).upos().equals("PRON")) {
        // The verb's own subject decides, actor or not: "the agency said" is not Arnor saying.
        return actors.resolve(tree, subjectPhrase(tree, subjects.get(0)), date);
      }
      Token t = tree.token(current);
      // A pronoun subject ("which they are close to signing") stands for an actor further up,
      // whatever the relation that leads there; so does a message a clause describes: in
      // "Pompeo posted a message blaming Iran" the message's poster blames, and in "Arnor
      // launched an attack killing five" the attacker kills.
      boolean objectOfClause = viaClause && (COMMUNICATIONS.contains(t.lemma().toLowerCase(Locale.ROOT))
              || dict.nouns.find(t.lemma()) != null)
          && (Tree.rel(t).equals("obj") || Tree.rel(t).equals("obl"));
      if (!pronoun && !objectOfClause && !SUBJECT_CLIMB.contains(Tree.rel(t))) {
        break;
      }
      viaClause = Tree.rel(t).equals("acl") && t.upos().equals("VERB");
      current = t.head();
    }
    return List.of();
  }

  /**
   * The subject's head, past a day the parser took for it: in "This Thursday the commission
   * criticized ...", the commission hanging from "Thursday".
   */
  private static int subjectPhrase(Tree tree, Token subject) {
    if (subject.ner().equals("DATE") || subject.ner().equals("TIME")) {
      for (Token c : tree.children(subject.index())) {
        String rel = Tree.rel(c);
        if ((rel.equals("dep") || rel.equals("appos")) && (c.upos().equals("PROPN") || c.upos().equals("NOUN"))) {
          return c.index();
        }
      }
    }
    return subject.index();
  }

  /**
   * The noun a passive participle describes, which is its object: "a new treaty, signed on
   * January 17 by ..." signs the treaty. Found through the {@code acl} relation or, when the
   * parser left the participle loose, as the noun just before it.
   */
  private static List<Integer> implicitObject(Tree tree, int v) {
    if (!isPassive(tree, v) || !tree.dependents(v, "nsubj:pass").isEmpty()) {
      return List.of();
    }
    Token t = tree.token(v);
    if (Tree.rel(t).startsWith("acl") && t.head() > 0) {
      return ActorResolver.phrase(tree, t.head());
    }
    for (int i = v - 1; i >= 1 && i >= v - 3; i--) {
      String upos = tree.token(i).upos();
      if (upos.equals("NOUN") || upos.equals("PROPN")) {
        return ActorResolver.phrase(tree, i);
      }
      if (!upos.equals("PUNCT")) {
        break;
      }
    }
    return List.of();
  }

  private static final Set<String> AGREEMENTS = Set.of("agreement", "treaty", "accord", "pact", "deal", "memorandum");

  /**
   * A passive whose subject, or the noun it describes, is an agreement: "a treaty signed by Arnor
   * and Gondor" has them sign with each other, while "a coalition joined by Arnor and Gondor"
   * does not have them join each other.
   */
  private static boolean agreementSigned(Tree tree, int v) {
    for (int i : implicitObject(tree, v)) {
      if (AGREEMENTS.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (Token s : tree.dependents(v, "nsubj:pass")) {
      if (AGREEMENTS.contains(s.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An agentless participle of an agreement noun: "a strategic agreement signed in 2024". */
  private static boolean agreementParticiple(Tree tree, int v) {
    Token t = tree.token(v);
    if (!Tree.rel(t).startsWith("acl") || t.head() <= 0 || !isPassive(tree, v)) {
      return false;
    }
    return AGREEMENTS.contains(tree.token(t.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The sentence's only pair of actors of two different states joined by "and" ("Tehran and
   * Moscow's agendas"), else none. Read from the words rather than the parse, which often
   * attaches such a pair's second half to the noun after it.
   */
  private List<ActorResolver.Coded> coordinatedPair(Tree tree, LocalDate date) {
    List<List<ActorResolver.Coded>> pairs = new ArrayList<>();
    for (int i = 2; i < tree.size(); i++) {
      if (!tree.token(i).lemma().equalsIgnoreCase("and")) {
        continue;
      }
      List<ActorResolver.Coded> a = tree.token(i - 1).upos().equals("PROPN") ? actors.resolve(tree, i - 1, date) : List.of();
      List<ActorResolver.Coded> b = tree.token(i + 1).upos().equals("PROPN") ? actors.resolve(tree, i + 1, date) : List.of();
      ActorResolver.Coded left = at(a, i - 1);
      ActorResolver.Coded right = at(b, i + 1);
      if (left != null && right != null && !state(left).equals(state(right))) {
        pairs.add(List.of(left, right));
      }
    }
    return pairs.size() == 1 ? pairs.get(0) : List.of();
  }

  /** The actor named at exactly this word, from a phrase's actors. */
  private static ActorResolver.Coded at(List<ActorResolver.Coded> coded, int index) {
    for (ActorResolver.Coded c : coded) {
      if (c.head() == index) {
        return c;
      }
    }
    return coded.size() == 1 ? coded.get(0) : null;
  }

  private static String state(ActorResolver.Coded c) {
    return c.code().substring(0, Math.min(3, c.code().length()));
  }

  private static boolean isPassive(Tree tree, int v) {
    if (!tree.dependents(v, "aux:pass").isEmpty() || !tree.dependents(v, "nsubj:pass").isEmpty()) {
      return true;
    }
    // "a treaty, signed on January 17 by Pezeshkian and Putin": a participle modifying a noun.
    Token t = tree.token(v);
    if (!t.xpos().equals("VBN") || !tree.dependents(v, "nsubj").isEmpty() || !tree.dependents(v, "aux").isEmpty()) {
      return false;
    }
    if (Tree.rel(t).startsWith("acl")) {
      return true;
    }
    for (Token c : tree.children(v)) {
      if (Tree.isOblique(c) && "BY".equals(tree.preposition(c.index()))) {
        return true; // a participle the parser left loose ("dep") but with its "by" phrase
      }
    }
    return false;
  }

  /** Object, indirect object, passive subject, then oblique and nested actors. */
  private List<ActorResolver.Coded> targets(Tree tree, int v, LocalDate date, List<ActorResolver.Coded> sources) {
    Set<Integer> used = new java.util.HashSet<>();
    sources.forEach(s -> used.add(s.head()));
    for (String rel : List.of("obj", "iobj", "nsubj:pass")) {
      for (Token c : tree.dependents(v, rel)) {
        List<ActorResolver.Coded> found = actors.resolve(tree, c.index(), date);
        found.removeIf(f -> used.contains(f.head()));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    List<ActorResolver.Coded> nested = nested(tree, v, date, used, 0);
    if (!nested.isEmpty()) {
      return nested;
    }
    // "Arnor believes Dagolath and Osgiliath can cope": the subject of a complement clause.
    for (Token c : tree.dependents(v, "ccomp")) {
      for (Token s : tree.dependents(c.index(), "nsubj")) {
        List<ActorResolver.Coded> found = actors.resolve(tree, s.index(), date);
        found.removeIf(f -> used.contains(f.head()));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * Actors in oblique phrases of the verb and of its object, breadth first; phrases with
   * prepositions of place or time ("in", "at", "after") only when no other holds an actor.
   */
  private List<ActorResolver.Coded> nested(Tree tree, int head, LocalDate date, Set<Integer> used, int depth) {
    List<ActorResolver.Coded> found = nested(tree, head, date, used, depth, false);
    return found.isEmpty() ? nested(tree, head, date, used, depth, true) : found;
  }

  private List<ActorResolver.Coded> nested(Tree tree, int head, LocalDate date, Set<Integer> used, int depth,
      boolean anyPreposition) {
    if (depth > 4) {
      return List.of();
    }
    List<Integer> next = new ArrayList<>();
    for (Token c : tree.children(head)) {
      String rel = Tree.rel(c);
      boolean oblique = Tree.isOblique(c) && !rel.endsWith("tmod") && !rel.endsWith("npmod");
      String prep = tree.preposition(c.index());
      if (oblique && SETTINGS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        continue; // "on the sidelines of the SCO summit": where, not whom
      }
      boolean allowed = prep == null || !NOT_TARGET_PREPOSITIONS.contains(prep)
          || (anyPreposition && (config.placesAsTargets() || !PLACE_PREPOSITIONS.contains(prep)));
      if (oblique && allowed) {
        List<ActorResolver.Coded> found = actors.resolve(tree, c.index(), date);
        found.removeIf(f -> used.contains(f.head()));
        if (!found.isEmpty()) {
          return found;
        }
        next.add(c.index());
      } else if (rel.equals("obj") || rel.equals("xcomp") || rel.equals("iobj") || rel.equals("acl")) {
        next.add(c.index());
      }
    }
    for (int n : next) {
      List<ActorResolver.Coded> found = nested(tree, n, date, used, depth + 1, anyPreposition);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
