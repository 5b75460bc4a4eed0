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

  private Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, Discards discards,
      CodeOntology ontology) {
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.agents = Objects.requireNonNull(agents, "agents");
    this.discards = Objects.requireNonNull(discards, "discards");
  }

  /** Dictionaries from already-read parts (tests, bundled resources). */
  static Dictionaries of(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, Discards discards,
      CodeOntology ontology) {
    return new Dictionaries(verbs, actors, agents, discards, ontology);
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
    VerbDictionary v;
    try (Reader r = Files.newBufferedReader(verbs, StandardCharsets.UTF_8)) {
      v = VerbDictionary.read(verbs.toString(), r);
    }
    ActorDictionary a = null;
    for (Path p : actors) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        a = ActorDictionary.read(p.toString(), r, a);
      }
    }
    if (a == null) {
      throw new IllegalArgumentException("at least one actor dictionary is needed");
    }
    AgentDictionary g;
    try (Reader r = Files.newBufferedReader(agents, StandardCharsets.UTF_8)) {
      g = AgentDictionary.read(agents.toString(), r);
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
