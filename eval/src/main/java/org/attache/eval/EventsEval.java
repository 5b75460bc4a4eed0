package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.pipeline.DocumentPipeline;

/**
 * Scores the event coder on a folder of hand-coded real news ({@code ../shared/data/gold/}): its
 * {@code articles.jsonl} is read, cleaned and dated as {@code extract} does it, each document
 * coded, and the events compared with {@code events.jsonl} by the folder README's rule. A system
 * event matches a gold event of its document when its root is one of the gold roots and its
 * sides' countries fit (either way round for a mutual happening); its date is right when it
 * falls in the gold window as precisely as the gold asks. Recall counts the required gold events
 * matched (also with the date); precision the system events matching any gold event, also
 * without target-less statements.
 *
 * <p>Immutable; not thread-safe beyond what its coder is.
 */
public final class EventsEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DocumentPipeline documents;
  private final Function<DatedDocument, List<Event>> coder;

  /** The suite with the documents' reading, cleaning and dating and an event coder. */
  public EventsEval(DocumentPipeline documents, Function<DatedDocument, List<Event>> coder) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  /**
   * How many articles the folder holds; checks that it is a gold folder first.
   *
   * @throws IllegalArgumentException naming the file that is missing
   */
  public static int size(Path folder) throws IOException {
    for (String name : List.of("articles.jsonl", "events.jsonl")) {
      if (!Files.isRegularFile(folder.resolve(name))) {
        throw new IllegalArgumentException("not a gold folder: no " + name + " in " + folder);
      }
    }
    try (var lines = Files.lines(folder.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      return (int) lines.filter(l -> !l.isBlank()).count();
    }
  }

  /** The gold events of a folder's {@code events.jsonl}, in file order. */
  static List<GoldEvent> gold(Path file) throws IOException {
    List<GoldEvent> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(GoldEvent.of(JSON.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  public EvalReport run(Path folder, IntConsumer progress) throws IOException {
    size(folder);
    List<GoldEvent> gold = gold(folder.resolve("events.jsonl"));
    List<String> problems = new ArrayList<>();
    List<Event> system = new ArrayList<>();
    int[] done = {0};
    documents.run(List.of(folder.resolve("articles.jsonl")), new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument document) {
        system.addAll(coder.apply(document));
        progress.accept(++done[0]);
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        problems.add(diagnostic.toString());
      }
    });
    EventScore score = EventScore.of(gold, system);
    List<String> details = new ArrayList<>();
    problems.forEach(p -> details.add("input problem: " + p));
    details.addAll(score.details());
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("suite", "events");
    figures.put("articles", String.valueOf(done[0]));
    figures.putAll(score.figures());
    return new EvalReport(details, figures);
  }

  /**
   * The comparison of system events with gold events, and its figures. Immutable.
   *
   * @param found for each required gold event, whether a system event matched it, and with its date
   */
  record EventScore(List<GoldEvent> gold, List<Event> system, Map<GoldEvent, int[]> found, List<Boolean> systemRight) {
    static EventScore of(List<GoldEvent> gold, List<Event> system) {
      Map<GoldEvent, int[]> found = new LinkedHashMap<>();
      for (GoldEvent g : gold) {
        int[] f = new int[2];
        for (Event e : system) {
          if (e.doc().equals(g.doc()) && g.matches(root(e), country(e.source()), country(e.target()))) {
            f[0] = 1;
            f[1] |= g.dateFits(e.date()) ? 1 : 0;
          }
        }
        found.put(g, f);
      }
      List<Boolean> right = new ArrayList<>();
      for (Event e : system) {
        right.add(gold.stream().anyMatch(g -> e.doc().equals(g.doc())
            && g.matches(root(e), country(e.source()), country(e.target()))));
      }
      return new EventScore(gold, system, found, right);
    }

    static String root(Event e) {
      return e.code().substring(0, Math.min(2, e.code().length()));
    }

    static String country(org.attache.model.ActorRef a) {
      return a == null ? null : a.country();
    }

    /** A statement without a target: what the gold never lists. */
    static boolean untargetedStatement(Event e) {
      return root(e).equals("01") && e.target() == null;
    }

    Map<String, String> figures() {
      int required = 0;
      int matched = 0;
      int dated = 0;
      for (Map.Entry<GoldEvent, int[]> f : found.entrySet()) {
        if (f.getKey().required()) {
          required++;
          matched += f.getValue()[0];
          dated += f.getValue()[1];
        }
      }
      int right = 0;
      int targeted = 0;
      int targetedRight = 0;
      for (int i = 0; i < system.size(); i++) {
        boolean ok = systemRight.get(i);
        right += ok ? 1 : 0;
        if (!untargetedStatement(system.get(i))) {
          targeted++;
          targetedRight += ok ? 1 : 0;
        }
      }
      double recall = matched / (double) Math.max(1, required);
      double precision = right / (double) Math.max(1, system.size());
      Map<String, String> f = new LinkedHashMap<>();
      f.put("gold", String.valueOf(gold.size()));
      f.put("required", String.valueOf(required));
      f.put("system", String.valueOf(system.size()));
      f.put("matched", String.valueOf(matched));
      f.put("matched_dated", String.valueOf(dated));
      f.put("system_right", String.valueOf(right));
      f.put("recall", EvalReport.rate(recall));
      f.put("recall_dated", EvalReport.rate(dated / (double) Math.max(1, required)));
      f.put("precision", EvalReport.rate(precision));
      f.put("precision_targeted", EvalReport.rate(targetedRight / (double) Math.max(1, targeted)));
      f.put("f1", EvalReport.rate(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
      return f;
    }

    /** A table by gold root, then every required gold event missed and every system event unmatched. */
    List<String> details() {
      List<String> out = new ArrayList<>();
      Map<String, int[]> byRoot = new TreeMap<>();
      found.forEach((g, f) -> {
        if (g.required()) {
          int[] r = byRoot.computeIfAbsent(g.roots().get(0), k -> new int[3]);
          r[0]++;
          r[1] += f[0];
          r[2] += f[1];
        }
      });
      out.add(String.format("%-6s %8s %8s %8s", "root", "required", "matched", "dated"));
      byRoot.forEach((k, v) -> out.add(String.format("%-6s %8d %8d %8d", k, v[0], v[1], v[2])));
      found.forEach((g, f) -> {
        if (g.required() && f[1] == 0) {
          out.add((f[0] == 0 ? "missed " : "misdated ") + g.id() + " " + g.a() + (g.ordered() ? " -> " : " <-> ") + g.b()
              + " " + g.roots() + " " + g.from() + (g.to().equals(g.from()) ? "" : ".." + g.to()) + " (" + g.prec() + "): "
              + g.sentence() + (f[0] == 0 ? "" : " [got " + dates(g) + "]"));
        }
      });
      for (int i = 0; i < system.size(); i++) {
        Event e = system.get(i);
        if (!systemRight.get(i)) {
          out.add("unmatched " + e.doc() + " " + e.code() + " " + country(e.source()) + " -> " + country(e.target()) + " "
              + e.date() + " [" + e.source().text() + " | " + (e.target() == null ? "-" : e.target().text()) + "]: "
              + e.sentence().replaceAll("\\s+", " "));
        }
      }
      return out;
    }

    private String dates(GoldEvent g) {
      List<String> out = new ArrayList<>();
      for (Event e : system) {
        if (e.doc().equals(g.doc()) && g.matches(root(e), country(e.source()), country(e.target()))) {
          out.add(e.date() + " " + e.dateBasis());
        }
      }
      return String.join(", ", out);
    }
  }
}
