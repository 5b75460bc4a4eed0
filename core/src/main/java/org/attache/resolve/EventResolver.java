package org.attache.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attache.coding.CodedEvent;
import org.attache.coding.DependencyCoder;
import org.attache.coding.cameo.CameoCode;
import org.attache.coding.cameo.CameoCodes;
import org.attache.model.ActorRef;
import org.attache.model.AnnotatedDocument;
import org.attache.model.EntityMention;
import org.attache.model.Event;
import org.attache.model.ParsedSentence;
import org.attache.model.Publication;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.attache.model.Location;
import org.attache.resolve.place.GeoNamesGazetteer;
import org.attache.resolve.time.ResolvedTime;
import org.attache.resolve.time.TimeResolver;

/**
 * From an annotated document to the contract's event records: codes each parsed sentence, then
 * resolves what the coder found: the CAMEO metadata (Goldstein, quad class, PLOVER), the actors'
 * words, names and countries, the event's own date from the time expression under its trigger
 * (resolved against the publication date, looking back for reports and forward for
 * announcements), the evidence sentence and its span, and a confidence. Immutable and
 * thread-safe.
 */
public final class EventResolver {
  private final DependencyCoder coder;
  private final boolean keepUntargeted;
  private final Map<String, String> demonyms = new HashMap<>(); // "polish" -> POL, "tehran" -> IRN
  private final CameoCodes cameo;
  private final Set<String> countries;
  private final TimeResolver times = new TimeResolver();
  private static final Set<String> PERSON_NOUNS = Set.of("diplomat", "ambassador", "envoy", "minister", "official",
      "president", "premier", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "general", "adviser",
      "advisor", "speaker", "secretary");
  private final org.attache.resolve.actor.OfficeLookup offices;
  private final GeoNamesGazetteer places = GeoNamesGazetteer.bundled();
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across",
      "throughout", "around", "along");
  private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");

  /**
   * The resolver every entry point uses (extract, ingest, serve, Spark): the bundled dictionaries,
   * CAMEO table, countries and office holders, with the coder's defaults.
   */
  public static EventResolver withBundledData() throws org.attache.reference.ResourceFormatException {
    return withBundledData(false);
  }

  /**
   * As {@link #withBundledData()}, keeping or leaving out events without a target ("X said ...",
   * "X appealed for calm"), which are not events between actors. Material acts (protest, coercion,
   * assault, force) are kept either way: their victims may go unnamed.
   */
  public static EventResolver withBundledData(boolean keepUntargeted) throws org.attache.reference.ResourceFormatException {
    org.attache.reference.Countries countries = org.attache.reference.Countries.load();
    return new EventResolver(new DependencyCoder(org.attache.coding.Dictionaries.bundled(),
        DependencyCoder.CoderConfig.DEFAULTS), CameoCodes.load(), countries.codes(),
        org.attache.reference.OfficeHolders.load(), countries, keepUntargeted);
  }

  public EventResolver(DependencyCoder coder, CameoCodes cameo, Set<String> countryCodes,
      org.attache.reference.OfficeHolders holders, org.attache.reference.Countries countryNames) {
    this(coder, cameo, countryCodes, holders, countryNames, false);
  }

  /**
   * @param keepUntargeted whether verbal events without a target ("the ministry said", "X
   *     appealed for calm") are kept; by default they are left out: they are not events between
   *     actors
   */
  public EventResolver(DependencyCoder coder, CameoCodes cameo, Set<String> countryCodes,
      org.attache.reference.OfficeHolders holders, org.attache.reference.Countries countryNames, boolean keepUntargeted) {
    this.keepUntargeted = keepUntargeted;
    // A word two states share ("Indian": India and the British Indian Ocean Territory) is the
    // one's with more names in the table, the better-known state; then the first by code. The
    // order must not hang on a set's iteration, which changes from run to run.
    List<String> byProminence = new ArrayList<>(countryCodes);
    byProminence.sort(java.util.Comparator.comparingInt((String iso) -> -countryNames.words(iso).size())
        .thenComparing(java.util.Comparator.naturalOrder()));
    for (String iso : byProminence) {
      for (String w : countryNames.words(iso)) {
        demonyms.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), iso);
      }
    }
    this.offices = new org.attache.resolve.actor.OfficeLookup(holders, countryNames);
    this.coder = Objects.requireNonNull(coder, "coder");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.countries = Set.copyOf(countryCodes);
  }

  /**
   * The sentences worth parsing for this resolver: those the coder can find an event in, and
   * those that can date a meeting told in the sentence before ("The talks took place on
   * Wednesday").
   */
  public org.attache.annotate.ParseFilter parseFilter() {
    return (words, lemmas) -> coder.mayTrigger(words, lemmas)
        || lemmas.stream().anyMatch(l -> l != null && MEETING_NOUNS.contains(l.toLowerCase(java.util.Locale.ROOT)));
  }

  public List<Event> extract(AnnotatedDocument doc) {
    Publication pub = doc.document().publication();
    LocalDate asOf = pub.published() != null ? pub.published() : pub.range() != null ? pub.range().end() : LocalDate.now();
    String text = doc.document().document().text();
    List<Event> out = new ArrayList<>();
    List<List<CodedEvent>> coded = coder.codeDocument(doc.sentences(), asOf);
    Map<String, String> lastNamed = new HashMap<>(); // country -> the person last named for it
    String home = homeCountry(doc);
    String[] carried = carriedDays(doc, pub.published());
    for (int i = 0; i < coded.size(); i++) {
      ParsedSentence s = doc.sentences().get(i);
      Set<String> seen = new HashSet<>();
      List<Event> sentence = new ArrayList<>();
      for (CodedEvent e : coded.get(i)) {
        if (!seen.add(e.code() + "|" + e.source() + "|" + e.target())) {
          continue;
        }
        Event event = Sides.complete(event(doc, text, s, e, pub, lastNamed, carried[i]), home);
        if (!selfTargeted(e, event) && Sides.complete(event, keepUntargeted)) {
          sentence.add(event);
        }
      }
      out.addAll(Happenings.oneEach(sentence));
    }
    return Happenings.oncePerDocument(out);
  }

  private Event event(AnnotatedDocument doc, String text, ParsedSentence s, CodedEvent e, Publication pub,
      Map<String, String> lastNamed, String carriedDay) {
    CameoCode c = cameo.find(e.code()).orElse(null);
    String[] date = date(doc, s, e, pub);
    if ("publication".equals(date[1]) && carriedDay != null && !e.announced()) {
      // "On Thursday an IT worker went on a stabbing spree ... The attacker was shot dead by
      // police.": a sentence that gives no time goes on in the time the one before set.
      date = new String[] {carriedDay, "inferred"};
    }
    LocalDate day = day(date[0], pub);
    ActorRef source = actor(doc, s, new int[] {e.sourceFirst(), e.sourceHead(), e.sourceLast()}, e.source(),
        e.sourceActor(), day, lastNamed);
    ActorRef target = e.target() == null ? null
        : actor(doc, s, new int[] {e.targetFirst(), e.targetHead(), e.targetLast()}, e.target(), e.targetActor(), day, lastNamed);
    source = placedByItsWords(doc, s, source, e.sourceFirst(), e.sourceLast(), e.sourceActor());
    target = target == null ? null : placedByItsWords(doc, s, target, e.targetFirst(), e.targetLast(), e.targetActor());
    if (target == null && e.targetFirst() > 0) {
      // A victim no dictionary names ("a photojournalist in Mokha"): placed by the places its words name.
      ActorRef victim = actor(doc, s, new int[] {e.targetFirst(), e.targetHead(), e.targetLast()}, null, null, day, lastNamed);
      String country = placedCountry(doc, s, e.targetFirst(), e.targetLast());
      target = new ActorRef(victim.text(), victim.name(), country, country);
    }
    String docId = doc.document().document().id();
    int begin = Math.max(0, s.begin());
    int end = s.end() < 0 ? begin + s.text().length() : s.end();
    String sentence = s.begin() >= 0 && end <= text.length() ? text.substring(begin, end) : s.text();
    return new Event(id(docId, s.index(), e), docId, e.code(), c == null ? 0 : c.quadClass(),
        c == null ? 0 : c.goldstein(), c == null || c.plover().isBlank() ? null : c.plover(), source, target, date[0], date[1],
        location(s, e.trigger(), target != null && target.country() != null ? target.country() : source.country()),
        sentence, begin, end, confidence(e), trigger(s, e.trigger()));
  }

  private static Event.Trigger trigger(ParsedSentence s, int index) {
    if (index <= 0 || index > s.tokens().size()) {
      return null;
    }
    Token t = s.token(index);
    return t.begin() < 0 ? null : new Event.Trigger(t.word(), t.lemma(), t.begin(), Math.max(t.begin(), t.end()));
  }

  /**
   * An actor acting on itself: the same code, the same person, or its own state named as a whole
   * ("Iran's foreign minister said Iran ...", "Lecornu says France will ..."). Read from the
   * completed sides, so that "the government" placed in Argentina is Argentina's. Two people of
   * one state are two actors: "Pelosi called Trump's conduct a breach" is a domestic event
   * between them.
   */
  private static boolean selfTargeted(CodedEvent e, Event event) {
    if (e.target() == null || e.source() == null) {
      return false; // a side the text left out and the place filled is not the actor itself
    }
    if (e.source().equals(e.target())) {
      return true;
    }
    ActorRef s = event.source();
    ActorRef t = event.target();
    boolean stateNamed = e.target().equals(t.country()) || e.source().equals(s.country());
    if (stateNamed && s.country() != null && s.country().equals(t.country())) {
      return true;
    }
    if (s.name() != null && t.name() != null) {
      return s.name().equals(t.name());
    }
    return e.source().startsWith(e.target()) || e.target().startsWith(e.source());
  }

  private static double confidence(CodedEvent e) {
    double c = 0.55;
    c += e.patterned() ? 0.15 : 0;
    c += e.target() != null ? 0.15 : 0;
    c += e.sourceActor() != null && e.sourceActor().length() >= 3 ? 0.05 : 0;
    return Math.min(0.95, Math.round(c * 100) / 100.0);
  }

  /** The words of the actor's phrase, its name, its code and its country. */
  /** The event's day for office look-ups: its own date when it is a day, else publication. */
  private static LocalDate day(String date, Publication pub) {
    if (date != null && date.length() == 10) {
      return LocalDate.parse(date);
    }
    return pub.published() != null ? pub.published() : pub.range() != null ? pub.range().end() : null;
  }

  /**
   * The actor record for a phrase ({@code span}: first, head and last token). Its name is the
   * person named at the phrase's head (else the last one in it), or the holder of the office it
   * describes, or, for a definite description ("the Russian diplomat"), the person last named
   * for that country in the article.
   */
  private ActorRef actor(AnnotatedDocument doc, ParsedSentence s, int[] span, String code, String base,
      LocalDate day, Map<String, String> lastNamed) {
    int first = span[0];
    int head = span[1];
    int last = span[2];
    if (first <= 0) {
      return new ActorRef("", null, code, country(base));
    }
    String words = words(s, first, last);
    String country = country(base);
    String name = null;
    boolean person = false;
    List<EntityMention> inSpan = doc.entities().stream()
        .filter(m -> m.sentence() == s.index() && m.firstToken() >= first && m.lastToken() <= last)
        .toList();
    // The person the table knows for the actor's country, else the one at the phrase's head,
    // else the last person named in it, else a country or organisation.
    EntityMention chosen = inSpan.stream()
        .filter(m -> m.type().equals("PERSON") && offices.namesHolderOf(m.text(), country)).findFirst()
        .or(() -> inSpan.stream().filter(m -> m.type().equals("PERSON") && m.firstToken() <= head && head <= m.lastToken()).findFirst())
        .or(() -> inSpan.stream().filter(m -> m.type().equals("PERSON")).reduce((a, b) -> b))
        .or(() -> inSpan.stream().filter(m -> m.type().equals("COUNTRY") || m.type().equals("ORGANIZATION")).reduce((a, b) -> b))
        .orElse(null);
    if (chosen != null) {
      name = chosen.text();
      person = chosen.type().equals("PERSON");
    }
    if (name == null) {
      // "the Iranian president": the person who held the office that day.
      name = offices.holder(words, country, day).orElse(null);
    }
    boolean personNoun = head > 0 && PERSON_NOUNS.contains(s.token(head).lemma().toLowerCase(java.util.Locale.ROOT))
        && s.tokens().subList(first - 1, last).stream().anyMatch(t -> t.ner().equals("NATIONALITY"));
    if (name == null && personNoun && country != null && words.matches("(?i)^(\\w+\\s+)?the\\b.*")) {
      // "the Russian diplomat", "the Iranian ambassador": the person last named for that country.
      name = lastNamed.get(country);
    }
    if (person && country != null) {
      lastNamed.put(country, name);
    }
    return new ActorRef(words, name, code, country);
  }

  private static String words(ParsedSentence s, int first, int last) {
    Token a = s.token(first);
    Token b = s.token(last);
    if (a.begin() >= 0 && b.end() >= a.begin() && s.begin() >= 0) {
      int from = a.begin() - s.begin();
      int to = b.end() - s.begin();
      if (from >= 0 && to <= s.text().length()) {
        return s.text().substring(from, to);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = first; i <= last; i++) {
      sb.append(i > first ? " " : "").append(s.token(i).word());
    }
    return sb.toString();
  }

  /**
   * An actor coded without a state (a regional group such as Islamic Jihad, {@code MEAREB...}, or
   * an agent named alone) placed by the places and nationalities its own words name: "Palestinian
   * Islamic Jihad militants" are Palestine's. An agent alone takes the state into its code.
   */
  private ActorRef placedByItsWords(AnnotatedDocument doc, ParsedSentence s, ActorRef a, int first, int last, String base) {
    if (a.country() != null || a.code() == null || first <= 0) {
      return a;
    }
    String country = placedCountry(doc, s, first, last);
    if (country == null) {
      return a;
    }
    return new ActorRef(a.text(), a.name(), base == null ? country + a.code() : a.code(), country);
  }

  /**
   * The state an article is about: the country most of its places and nationalities belong to,
   * when one leads (or is the only one named), else null. Where a sentence names no place, an
   * arrest, a protest or an attack told without its side happens there.
   */
  private String homeCountry(AnnotatedDocument doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (EntityMention m : doc.entities()) {
      String country = mentionCountry(m);
      if (country != null) {
        counts.merge(country, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    if (ranked.isEmpty()) {
      return null;
    }
    int top = ranked.get(0).getValue();
    int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    return top > second && (top >= 2 || ranked.size() == 1) ? ranked.get(0).getKey() : null;
  }

  /** The country of a place or nationality mention, or null for any other mention. */
  private String mentionCountry(EntityMention m) {
    if (m.type().equals("NATIONALITY")) {
      String word = m.text().toLowerCase(java.util.Locale.ROOT);
      return demonyms.getOrDefault(word, word.endsWith("s") ? demonyms.get(word.substring(0, word.length() - 1)) : null);
    }
    return PLACE_TYPES.contains(m.type()) ? places.find(m.text(), null).map(Location::country).orElse(null) : null;
  }

  /**
   * The country of the first country or nationality named between two tokens, else of the first
   * place, else of a nationality word inside a name; or null.
   */
  private String placedCountry(AnnotatedDocument doc, ParsedSentence s, int first, int last) {
    // A country or nationality named outright first: "on Tripoli, Lebanon" is in Lebanon, not
    // in the better-known Tripoli.
    for (boolean statesFirst : new boolean[] {true, false}) {
      for (EntityMention m : doc.entities()) {
        boolean state = m.type().equals("COUNTRY") || m.type().equals("NATIONALITY");
        if (m.sentence() == s.index() && m.firstToken() >= first && m.lastToken() <= last && state == statesFirst
            && (PLACE_TYPES.contains(m.type()) || m.type().equals("NATIONALITY"))) {
          String country = mentionCountry(m);
          if (country != null) {
            return country;
          }
        }
      }
    }
    // A nationality word inside a name the annotator took whole ("Palestinian Islamic Jihad").
    for (int k = Math.max(1, first); k <= Math.min(last, s.tokens().size()); k++) {
      String country = demonyms.get(s.token(k).word().toLowerCase(java.util.Locale.ROOT));
      if (country != null && s.token(k).word().length() > 3 && Character.isUpperCase(s.token(k).word().charAt(0))) {
        return country;
      }
    }
    return null;
  }

  /** The state's ISO code, or the international organisation's CAMEO code. */
  private String country(String base) {
    if (base == null || base.length() < 3) {
      return null;
    }
    if (base.startsWith("IGO")) {
      return base.length() >= 6 ? base.substring(0, Math.min(base.length(), 9)) : base;
    }
    String iso = base.substring(0, 3);
    return countries.contains(iso) ? iso : null;
  }

  /**
   * The date the sentence gives the event: a time expression under the trigger first ("signed on
   * January 17"), then any in the sentence, resolved against the publication date; else the
   * publication date itself. A reported event is never dated after its article.
   */
  private String[] date(AnnotatedDocument doc, ParsedSentence s, CodedEvent e, Publication pub) {
    LocalDate ref = pub.published();
    Set<Integer> under = subtree(s, e.trigger());
    for (boolean own : new boolean[] {true, false}) {
      for (TimeExpression t : doc.times()) {
        // A time of day dates its day too: "yesterday afternoon", "late on Sunday".
        boolean dating = "DATE".equals(t.type()) || "TIME".equals(t.type());
        if (t.sentence() != s.index() || !dating || (own && !under.contains(t.lastToken()))
            || datesAnotherNoun(s, t, e.trigger())) {
          continue;
        }
        String[] d = resolve(t, ref, e.announced());
        if (d != null) {
          return d;
        }
      }
    }
    String[] followed = laterMention(doc, s, e, ref);
    if (followed != null) {
      return followed;
    }
    return ref != null ? new String[] {ref.toString(), "publication"} : new String[] {null, null};
  }

  /** How many sentences a day told in one carries over to the ones after that give none. */
  private static final int CARRY = 2;
  /** How far before publication a carried day may be: the story's own days, not its background. */
  private static final int RECENT_DAYS = 14;

  /**
   * For each sentence, the day the narrative is at when it gives no time of its own: the day a
   * time expression of one of the {@value #CARRY} sentences before resolved to, the nearest
   * first, when it is one of the {@value #RECENT_DAYS} days up to publication (a background
   * date does not carry); null where none did, or for a sentence that has a time of its own.
   */
  private String[] carriedDays(AnnotatedDocument doc, LocalDate ref) {
    int n = doc.sentences().size();
    String[] own = new String[n];
    boolean[] timed = new boolean[n];
    for (TimeExpression t : doc.times()) {
      if (t.sentence() < 0 || t.sentence() >= n || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
        continue;
      }
      timed[t.sentence()] = true;
      String[] d = ref == null ? null : resolve(t, ref, false);
      boolean recent = d != null && d[0] != null && d[0].length() == 10
          && !LocalDate.parse(d[0]).isBefore(ref.minusDays(RECENT_DAYS)) && !LocalDate.parse(d[0]).isAfter(ref);
      if (own[t.sentence()] == null && recent) {
        own[t.sentence()] = d[0];
      }
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      for (int k = 1; k <= CARRY && i - k >= 0 && !timed[i]; k++) {
        if (own[i - k] != null) {
          out[i] = own[i - k];
          break;
        }
      }
    }
    return out;
  }

  private static final Set<String> MEETING_NOUNS = Set.of("discussion", "talk", "talks", "meeting", "visit",
      "negotiation", "consultation", "summit", "conversation");

  /**
   * A meeting told first and dated in the next sentence: "... Jalali and Bogdanov underscored ...
   * The discussions took place on Wednesday." The next sentence's subject must be a meeting noun
   * with a definite article, and the event a consultation (CAMEO 04).
   */
  private String[] laterMention(AnnotatedDocument doc, ParsedSentence s, CodedEvent e, LocalDate ref) {
    if (!e.code().startsWith("04") || s.index() + 1 >= doc.sentences().size()) {
      return null;
    }
    ParsedSentence next = doc.sentences().get(s.index() + 1);
    if (next.index() != s.index() + 1 || !next.isParsed()) {
      return null;
    }
    for (Token t : next.tokens()) {
      if (t.deprel().startsWith("nsubj") && MEETING_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
          && next.children(t.index()).stream().anyMatch(c -> c.word().equalsIgnoreCase("the"))) {
        for (TimeExpression x : doc.times()) {
          if (x.sentence() == next.index() && "DATE".equals(x.type())) {
            String[] d = resolve(x, ref, false);
            if (d != null) {
              return d;
            }
          }
        }
      }
    }
    return null;
  }

  private String[] resolve(TimeExpression t, LocalDate ref, boolean announced) {
    if (ref == null) {
      ResolvedTime r = times.resolve(t.text(), LocalDate.now(), false).orElse(null);
      return r != null && r.basis().equals("explicit") ? new String[] {r.value(), r.basis()} : null;
    }
    ResolvedTime r = times.resolve(t.text(), ref, announced).orElse(null);
    if (r == null || (!announced && r.value().compareTo(ref.toString()) > 0)) {
      return null;
    }
    return new String[] {r.value(), r.basis()};
  }

  /**
   * Where the event happened: the place phrase attached to its trigger or to an oblique phrase
   * under it ("a meeting in Moscow", "met ... at the UN in New York"), nearest first. Design
   * decision: no fallback to the dateline or the article's other places; a reporter's city is not
   * where a meeting was, and a wrong place is worse than none.
   */
  private Location location(ParsedSentence s, int trigger, String countryHint) {
    if (trigger <= 0 || !s.isParsed()) {
      return null;
    }
    java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
    todo.add(new int[] {trigger, 0});
    while (!todo.isEmpty()) {
      int[] at = todo.poll();
      for (Token c : s.children(at[0])) {
        String rel = c.deprel();
        if (rel.startsWith("ccomp") || rel.startsWith("advcl") || rel.startsWith("parataxis") || rel.startsWith("conj")) {
          continue;
        }
        if (isPlace(s, c) || isPlacePhrase(s, c)) {
          // "in Mindanao, Philippines", "in the capital, San Juan": the name, else its apposition.
          for (Token p : placeAndAppositions(s, c)) {
            Location l = places.find(placeName(s, p), countryHint).orElse(null);
            if (l != null) {
              return l;
            }
          }
        }
        // Through oblique phrases only ("underscored ... in a meeting in Moscow"): a place inside
        // the object is what was talked about ("addressed the crises in Syria"), not where.
        boolean oblique = rel.startsWith("obl") || rel.equals("nmod");
        if (at[1] < 2 && oblique) {
          todo.add(new int[] {c.index(), at[1] + 1});
        }
      }
    }
    return null;
  }

  /** A common noun with a preposition of place whose apposition may name it: "in the capital, San Juan". */
  private static boolean isPlacePhrase(ParsedSentence s, Token t) {
    return t.upos().equals("NOUN") && hasPlacePreposition(s, t)
        && s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("appos"));
  }

  private static List<Token> placeAndAppositions(ParsedSentence s, Token t) {
    List<Token> out = new ArrayList<>(List.of(t));
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("appos") && (c.upos().equals("PROPN") || PLACE_TYPES.contains(c.ner()))) {
        out.add(c);
      }
    }
    if (!t.upos().equals("PROPN") && !PLACE_TYPES.contains(t.ner())) {
      out.remove(0);
    }
    return out;
  }

  private static boolean hasPlacePreposition(ParsedSentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("case") && PLACE_PREPOSITIONS.contains(c.word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(ParsedSentence s, Token t) {
    if (!(t.upos().equals("PROPN") || PLACE_TYPES.contains(t.ner()))) {
      return false;
    }
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("case") && PLACE_PREPOSITIONS.contains(c.word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The place's name: the head with the proper-name words compounded before it ("New York"). */
  private static String placeName(ParsedSentence s, Token head) {
    int first = head.index();
    while (first > 1) {
      Token prev = s.token(first - 1);
      boolean name = prev.head() == head.index() && (prev.deprel().startsWith("compound") || prev.deprel().startsWith("flat"))
          && prev.upos().equals("PROPN");
      if (!name) {
        break;
      }
      first--;
    }
    return words(s, first, head.index());
  }

  private static final Set<String> NOUN_MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nummod", "det");

  /**
   * Whether the time expression modifies a noun other than the trigger: "the 2024 invasion", "last
   * year's election" date the invasion and the election, not "Israel carries out airstrikes
   * despite a ceasefire following the 2024 invasion".
   */
  private static boolean datesAnotherNoun(ParsedSentence s, TimeExpression t, int trigger) {
    if (!s.isParsed() || t.firstToken() < 1 || t.lastToken() > s.tokens().size()) {
      return false;
    }
    for (int i = t.firstToken(); i <= t.lastToken(); i++) {
      Token tok = s.token(i);
      boolean headOfSpan = tok.head() < t.firstToken() || tok.head() > t.lastToken();
      if (headOfSpan && tok.head() > 0 && tok.head() != trigger && NOUN_MODIFIERS.contains(tok.deprel())) {
        // Only within the noun's own phrase ("the 2024 invasion"): a time after a preposition
        // ("signed in 2024") is an adverbial, whatever the parser hung it from.
        boolean afterPreposition = t.firstToken() > 1 && s.token(t.firstToken() - 1).upos().equals("ADP");
        boolean adjacent = tok.head() > t.lastToken() && tok.head() <= t.lastToken() + 4;
        return !afterPreposition && adjacent && s.token(tok.head()).upos().equals("NOUN");
      }
    }
    return false;
  }

  private static Set<Integer> subtree(ParsedSentence s, int root) {
    Set<Integer> out = new HashSet<>();
    if (root <= 0 || !s.isParsed()) {
      return out;
    }
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(root));
    while (!todo.isEmpty() && out.size() <= s.tokens().size()) {
      int i = todo.pop();
      if (out.add(i)) {
        s.children(i).forEach(c -> todo.push(c.index()));
      }
    }
    return out;
  }

  private static String id(String doc, int sentence, CodedEvent e) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] h = sha.digest((doc + "|" + sentence + "|" + e.code() + "|" + e.source() + "|" + e.target() + "|" + e.trigger())
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
    }
  }
}
