package org.attache.coding;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The four dictionaries a coder runs on: verbs, actors, agents and discards. Immutable and
 * thread-safe.
 */
public final class Dictionaries {
  final VerbDictionary verbs;
  final ActorDictionary actors;
  final AgentDictionary agents;
  final Discards discards;
  final CodeOntology ontology;
  final NounTriggers nouns;

  private Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, Discards discards,
      CodeOntology ontology) {
    this(verbs, actors, agents, discards, ontology, NounTriggers.none());
  }

  private Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, Discards discards,
      CodeOntology ontology, NounTriggers nouns) {
    this.nouns = Objects.requireNonNull(nouns, "nouns");
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.agents = Objects.requireNonNull(agents, "agents");
    this.discards = Objects.requireNonNull(discards, "discards");
  }

  private static final String BUNDLED = "/org/attache/data/petrarch/";

  /** Holds the bundled dictionaries, read once per JVM on first use (about half a second). */
  private static final class Bundled {
    static final Dictionaries INSTANCE = load();

    private static Dictionaries load() {
      try {
        org.attache.reference.Manifests.check(BUNDLED);
        ActorDictionary actors = null;
        for (String f : List.of("actors-countries.txt", "actors-international.txt", "actors-nonstate.txt")) {
          try (Reader r = resource(f)) {
            actors = ActorDictionary.read(f, r, actors);
          }
        }
        List<ActorDictionary.Entry> first = new java.util.ArrayList<>(
            OfficeHolderActors.entries(org.attache.reference.OfficeHolders.load()));
        try (Reader r = resource("actors-attache.txt")) {
          first.addAll(ActorDictionary.read("actors-attache.txt", r, null).entries());
        }
        actors = actors.withFirst(first);
        try (Reader v = resource("verbs.txt"); Reader g = resource("agents.txt"); Reader d = resource("discards.txt");
            Reader o = resource("ontology.txt"); Reader n = nouns()) {
          VerbDictionary verbs;
          try (Reader a = resource("verbs-attache.txt")) {
            verbs = VerbDictionary.read("verbs-attache.txt", a, VerbDictionary.read("verbs.txt", v));
          }
          AgentDictionary agents;
          try (Reader a = resource("agents-attache.txt")) {
            agents = AgentDictionary.read("agents-attache.txt", a, Problems.STRICT, AgentDictionary.read("agents.txt", g));
          }
          return new Dictionaries(verbs, actors, agents,
              Discards.read(d), CodeOntology.read("ontology.txt", o), NounTriggers.read("noun-triggers.tsv", n));
        }
      } catch (IOException | DictionaryFormatException | org.attache.reference.ResourceFormatException e) {
        throw new IllegalStateException("the bundled dictionaries are broken: " + e.getMessage(), e);
      }
    }

    private static Reader resource(String name) {
      java.io.InputStream in = Dictionaries.class.getResourceAsStream(BUNDLED + name);
      if (in == null) {
        throw new IllegalStateException("dictionary missing from the build: " + BUNDLED + name);
      }
      return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Reader nouns() {
      java.io.InputStream in = Dictionaries.class.getResourceAsStream("/org/attache/data/nouns/noun-triggers.tsv");
      if (in == null) {
        throw new IllegalStateException("noun triggers missing from the build");
      }
      return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
    }

  }

  /** The project's bundled PETRARCH/Phoenix dictionaries, read once and shared. */
  public static Dictionaries bundled() {
    return Bundled.INSTANCE;
  }

  /** Dictionaries from already-read parts (tests, bundled resources). */
  static Dictionaries of(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, Discards discards,
      CodeOntology ontology, NounTriggers nouns) {
    return new Dictionaries(verbs, actors, agents, discards, ontology, nouns);
  }

  /**
   * Reads PETRARCH-format dictionary files.
   *
   * @param discards the discard list, or null for none
   * @param ontology PETRARCH's internal coding ontology (negation), or null for none
   * @throws DictionaryFormatException naming the file and line of the first malformed entry
   */
  public static Dictionaries read(Path verbs, List<Path> actors, Path agents, Path discards, Path ontology)
      throws IOException, DictionaryFormatException {
    return read(verbs, actors, agents, discards, ontology, Problems.STRICT);
  }

  /** As {@link #read(Path, List, Path, Path, Path)}, handing malformed lines to {@code problems}. */
  public static Dictionaries read(Path verbs, List<Path> actors, Path agents, Path discards, Path ontology,
      Problems problems) throws IOException, DictionaryFormatException {
    VerbDictionary v;
    try (Reader r = Files.newBufferedReader(verbs, StandardCharsets.UTF_8)) {
      v = VerbDictionary.read(verbs.toString(), r, problems);
    }
    ActorDictionary a = null;
    for (Path p : actors) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        a = ActorDictionary.read(p.toString(), r, a, problems);
      }
    }
    if (a == null) {
      throw new IllegalArgumentException("at least one actor dictionary is needed");
    }
    AgentDictionary g;
    try (Reader r = Files.newBufferedReader(agents, StandardCharsets.UTF_8)) {
      g = AgentDictionary.read(agents.toString(), r, problems);
    }
    Discards d = Discards.none();
    if (discards != null) {
      try (Reader r = Files.newBufferedReader(discards, StandardCharsets.UTF_8)) {
        d = Discards.read(r);
      }
    }
    CodeOntology o = CodeOntology.empty();
    if (ontology != null) {
      try (Reader r = Files.newBufferedReader(ontology, StandardCharsets.UTF_8)) {
        o = CodeOntology.read(ontology.toString(), r);
      }
    }
    return new Dictionaries(v, a, g, d, o);
  }
}
