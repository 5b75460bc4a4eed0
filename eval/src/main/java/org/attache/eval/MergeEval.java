package org.attache.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.attache.annotate.Annotator;
import org.attache.merge.EventMerger;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Publication;
import org.attache.resolve.EventResolver;

/**
 * Cross-document event coreference on ECB+ (Cybulska and Vossen 2014) for the events Attaché
 * codes: each document, cut to the sentences the corpus lists for coreference, is coded by the
 * pipeline; each coded event is aligned to the gold action mention whose tokens its trigger
 * overlaps; {@link EventMerger} groups the events within each document and then across the
 * documents of the same ECB+ topic (the field's standard blocking); the clusters of the aligned
 * mentions are scored against the gold ones with MUC, B-cubed, CEAF-e and the CoNLL F1. The
 * same-lemma baseline (one cluster per trigger lemma within a topic) is scored in the same run
 * on the same mentions.
 *
 * <p>Design decision: only aligned mentions are scored, on both sides. The coder codes
 * international-relations events only, so most ECB+ actions (arrests, earthquakes, film
 * releases) are never coded; scoring all gold mentions would measure the coder's recall, which
 * other suites measure, rather than the merger. Publication dates are unknown
 * ({@link Publication#UNKNOWN}): events are dated only by explicit dates in their text.
 *
 * <p>Immutable; not thread-safe beyond what its coder is.
 */
public final class MergeEval {
  private static final int SHOWN = 15;

  private final Function<DatedDocument, List<Event>> coder;
  private final EventMerger merger;

  /** The suite with Attaché's annotator and event resolver, as the pipeline wires them. */
  public MergeEval(Annotator annotator, EventResolver resolver) {
    this(doc -> resolver.extract(annotator.annotate(doc)));
  }

  /** The suite with any event coder: a dated document to its events, triggers with offsets. */
  public MergeEval(Function<DatedDocument, List<Event>> coder) {
    this(coder, new EventMerger());
  }

  MergeEval(Function<DatedDocument, List<Event>> coder, EventMerger merger) {
    this.coder = Objects.requireNonNull(coder, "coder");
    this.merger = Objects.requireNonNull(merger, "merger");
  }

  /**
   * How many documents the suite codes; checks the folder first.
   *
   * @throws IllegalArgumentException naming what is missing when the folder is not ECB+
   */
  public static int size(Path folder) throws IOException {
    return EcbPlus.open(folder).size();
  }

  /** One document and the events coded in it, in the order the coder gave them. */
  record Coded(EcbPlus.Doc doc, List<Event> events) {
    Coded {
      events = List.copyOf(events);
    }
  }

  public EvalReport run(Path folder, IntConsumer progress) throws IOException {
    EcbPlus corpus = EcbPlus.open(folder);
    List<Coded> coded = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int done = 0;
    for (String name : corpus.names()) {
      EcbPlus.Doc d = corpus.read(name);
      coded.add(new Coded(d, code(d, folder, errors)));
      progress.accept(++done);
    }
    return score(coded, errors);
  }

  private List<Event> code(EcbPlus.Doc d, Path folder, List<String> errors) {
    Document doc = new Document(d.name(), folder.resolve(d.name() + ".xml").toString(), null, d.text(), List.of(),
        "en", null, null, List.of());
    try {
      return coder.apply(new DatedDocument(doc, Publication.UNKNOWN));
    } catch (RuntimeException e) {
      // One document the pipeline cannot handle does not stop the suite; it is listed and counted.
      errors.add("error " + d.name() + ": " + e);
      return List.of();
    }
  }

  /** Aligns, clusters and scores coded documents (given in topic order). */
  EvalReport score(List<Coded> coded, List<String> errors) {
    Map<EcbPlus.Mention, Event> aligned = align(coded);
    Map<Event, String> system = systemClusters(coded);
    Map<String, List<String>> key = new LinkedHashMap<>();
    Map<String, List<String>> response = new LinkedHashMap<>();
    Map<String, List<String>> baseline = new LinkedHashMap<>();
    aligned.forEach((m, e) -> {
      String topic = EcbPlus.topic(e.doc()) + ":";
      key.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m.id());
      response.computeIfAbsent(system.get(e), k -> new ArrayList<>()).add(m.id());
      baseline.computeIfAbsent(topic + lemma(e), k -> new ArrayList<>()).add(m.id());
    });
    CorefScores.All ours = CorefScores.all(key.values(), response.values());
    CorefScores.All same = CorefScores.all(key.values(), baseline.values());
    List<String> details = new ArrayList<>(errors);
    details.addAll(new MergeDiagnostics(merger, aligned, system).lines(SHOWN));
    details.add("note: scored only the " + aligned.size() + " gold action mentions a coded event's trigger overlaps"
        + " (the same mentions for the baseline); publication dates unknown, so events are dated only by explicit"
        + " dates in their text");
    return new EvalReport(details, figures(coded, errors.size(), aligned, key.size(), ours, same));
  }

  /**
   * Each gold mention a coded event's trigger overlaps, with the first such event (a trigger with
   * two actor pairs gives two events on one mention). Where a trigger overlaps two mentions the
   * shorter one is taken.
   */
  static Map<EcbPlus.Mention, Event> align(List<Coded> coded) {
    Map<EcbPlus.Mention, Event> out = new LinkedHashMap<>();
    for (Coded c : coded) {
      for (Event e : c.events()) {
        Event.Trigger t = e.trigger();
        if (t == null) {
          continue;
        }
        c.doc().mentions().stream()
            .filter(m -> m.tokens().stream().anyMatch(s -> s.overlaps(t.begin(), t.end())))
            .min(java.util.Comparator.comparingInt((EcbPlus.Mention m) -> m.end() - m.begin()))
            .ifPresent(m -> out.putIfAbsent(m, e));
      }
    }
    return out;
  }

  /**
   * The merger's clusters, named {@code topic:n}: each document's events grouped within it, then
   * each group joined to the first earlier cluster of its topic holding an event from another
   * document that {@link EventMerger#compare} finds the same happening as one of the group's.
   */
  Map<Event, String> systemClusters(List<Coded> coded) {
    Map<Event, String> out = new IdentityHashMap<>();
    Map<Integer, List<List<Event>>> byTopic = new LinkedHashMap<>();
    for (Coded c : coded) {
      List<List<Event>> clusters = byTopic.computeIfAbsent(c.doc().topic(), t -> new ArrayList<>());
      for (List<Event> group : merger.groupWithinDocument(c.events())) {
        List<Event> home = clusters.stream().filter(cluster -> joins(cluster, group)).findFirst().orElse(null);
        if (home == null) {
          home = new ArrayList<>();
          clusters.add(home);
        }
        home.addAll(group);
      }
    }
    byTopic.forEach((topic, clusters) -> {
      for (int i = 0; i < clusters.size(); i++) {
        for (Event e : clusters.get(i)) {
          out.put(e, topic + ":" + i);
        }
      }
    });
    return out;
  }

  private boolean joins(List<Event> cluster, List<Event> group) {
    for (Event x : cluster) {
      for (Event e : group) {
        if (!x.doc().equals(e.doc()) && merger.compare(x, e) != EventMerger.Verdict.DIFFERENT) {
          return true;
        }
      }
    }
    return false;
  }

  static String lemma(Event e) {
    return e.trigger().lemma().toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> figures(List<Coded> coded, int failed, Map<EcbPlus.Mention, Event> aligned,
      int goldClusters, CorefScores.All ours, CorefScores.All baseline) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("suite", "merge");
    f.put("documents", String.valueOf(coded.size()));
    f.put("topics", String.valueOf(coded.stream().map(c -> c.doc().topic()).distinct().count()));
    f.put("failed", String.valueOf(failed));
    f.put("gold_mentions", String.valueOf(coded.stream().mapToInt(c -> c.doc().mentions().size()).sum()));
    f.put("coded_events", String.valueOf(coded.stream().mapToInt(c -> c.events().size()).sum()));
    f.put("aligned_mentions", String.valueOf(aligned.size()));
    f.put("aligned_gold_clusters", String.valueOf(goldClusters));
    put(f, "", ours);
    put(f, "baseline_", baseline);
    return f;
  }

  private static void put(Map<String, String> f, String prefix, CorefScores.All s) {
    Map<String, CorefScores.Score> measures = new LinkedHashMap<>();
    measures.put("muc", s.muc());
    measures.put("b3", s.b3());
    measures.put("ceafe", s.ceafe());
    measures.forEach((name, score) -> {
      f.put(prefix + name + "_precision", EvalReport.rate(score.precision()));
      f.put(prefix + name + "_recall", EvalReport.rate(score.recall()));
      f.put(prefix + name + "_f1", EvalReport.rate(score.f1()));
    });
    f.put(prefix + "conll_f1", EvalReport.rate(s.conllF1()));
  }
}
