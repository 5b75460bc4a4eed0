package org.attache.nlp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.model.AnnotatedDocument;
import org.attache.model.DatedDocument;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;
import org.attache.nlp.AnnotationBenchmark.Run;
import org.attache.nlp.NlpConfig.FineGrainedNer;
import org.attache.nlp.NlpConfig.ParseScope;
import org.attache.nlp.NlpConfig.StatisticalNer;

/**
 * {@link AnnotationBenchmark}'s compare mode: each candidate setting on one thread, loaded alone
 * (the previous one's models released), warmed up on the documents, then timed three times; the
 * median is printed with how much it parsed, the fine types it keeps, how many time expressions
 * it found and how many token tags differ from CoreNLP's default NER (setting b). Not
 * thread-safe.
 */
final class SettingsComparison {
  private static final int TIMED_RUNS = 3;
  private static final String REFERENCE = "b ";
  private static final List<String> FINE_TYPES = List.of("COUNTRY", "CITY", "NATIONALITY", "TITLE");

  private final PrintStream out;
  private final PrintStream err;
  private final HeapSampler heap;

  SettingsComparison(PrintStream out, PrintStream err, HeapSampler heap) {
    this.out = out;
    this.err = err;
    this.heap = heap;
  }

  /** A candidate: a label whose first two characters name it, and its configuration. */
  private record Setting(String label, NlpConfig config) {}

  private static List<Setting> settings() {
    NlpConfig d = NlpConfig.DEFAULTS;
    return List.of(
        new Setting("a  3-class NER only; parse all",
            config(StatisticalNer.THREE_CLASS, FineGrainedNer.NONE, false, ParseScope.ALL)),
        new Setting("a' 3 CRFs (no rules, no SUTime); parse all",
            config(StatisticalNer.ALL_MODELS, FineGrainedNer.NONE, false, ParseScope.ALL)),
        new Setting("b  CoreNLP default NER; parse all",
            config(StatisticalNer.ALL_MODELS, FineGrainedNer.STOCK, true, ParseScope.ALL)),
        new Setting("b2 3-class+stock rules+SUTime; parse all",
            config(StatisticalNer.THREE_CLASS, FineGrainedNer.STOCK, true, ParseScope.ALL)),
        new Setting("b3 3-class+indexed rules; parse all",
            config(StatisticalNer.THREE_CLASS, FineGrainedNer.INDEXED, false, ParseScope.ALL)),
        new Setting("b4 3-class+indexed+SUTime; parse all [DEFAULTS]", d),
        new Setting("c  CoreNLP default NER; parse events",
            config(StatisticalNer.ALL_MODELS, FineGrainedNer.STOCK, true, ParseScope.EVENT_SENTENCES)),
        new Setting("c2 b4, parse events", d.toBuilder().parse(ParseScope.EVENT_SENTENCES).build()),
        new Setting("d  b4 without parsing", d.toBuilder().parse(ParseScope.NONE).build()));
  }

  private static NlpConfig config(StatisticalNer ner, FineGrainedNer fine, boolean sutime,
      ParseScope parse) {
    return NlpConfig.builder().statisticalNer(ner).fineGrained(fine).sutime(sutime).parse(parse).build();
  }

  /** Measures every setting on the documents and prints one line each. */
  void run(List<DatedDocument> docs) {
    out.printf("%d documents; each setting loads, annotates them once to warm up, then %d times"
        + " timed (the median is shown)%n", docs.size(), TIMED_RUNS);
    out.printf("%-48s %6s %9s %8s %7s %7s %7s %7s %6s %8s %8s%n", "setting", "load s", "tokens/s",
        "parsed%", "COUNTRY", "CITY", "NATION.", "TITLE", "times", "≠ b tags", "heap MiB");
    List<String> reference = null;
    List<Comparison> rows = new ArrayList<>();
    for (Setting s : settings()) {
      Comparison c = measure(s, docs);
      rows.add(c);
      if (s.label().startsWith(REFERENCE)) {
        reference = c.tags();
      }
    }
    for (Comparison c : rows) {
      out.println(c.line(reference));
    }
  }

  private Comparison measure(Setting setting, List<DatedDocument> docs) {
    Pipeline.releaseShared();
    heap.liveAfterGc();
    long start = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(setting.config());
    annotator.annotate(docs.get(0));
    double load = AnnotationBenchmark.seconds(start);
    List<AnnotatedDocument> result = annotator.annotateAll(docs);
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < TIMED_RUNS; i++) {
      runs.add(AnnotationBenchmark.time(heap,
          () -> AnnotationBenchmark.tokens(annotator.annotateAll(docs))));
    }
    runs.sort(Comparator.comparingDouble(Run::seconds));
    err.println("measured: " + setting.label() + " " + runs);
    return Comparison.of(setting.label(), load, runs.get(TIMED_RUNS / 2), result, heap.liveAfterGc());
  }

  /** One setting's figures; {@code liveHeap} is what its loaded models and results hold. */
  private record Comparison(String label, double load, Run run, double parsedShare,
      Map<String, Integer> types, int times, List<String> tags, long liveHeap) {
    static Comparison of(String label, double load, Run run, List<AnnotatedDocument> docs, long live) {
      Map<String, Integer> types = new TreeMap<>();
      List<String> tags = new ArrayList<>();
      long parsed = 0;
      int times = 0;
      for (AnnotatedDocument d : docs) {
        times += d.times().size();
        for (ParsedSentence s : d.sentences()) {
          parsed += s.isParsed() ? s.tokens().size() : 0;
          for (Token t : s.tokens()) {
            types.merge(t.ner(), 1, Integer::sum);
            tags.add(t.ner());
          }
        }
      }
      return new Comparison(label, load, run, 100.0 * parsed / run.tokens(), types, times, tags, live);
    }

    String line(List<String> reference) {
      StringBuilder sb = new StringBuilder(String.format("%-48s %6.1f %9.0f %7.0f%%", label, load,
          run.tokensPerSecond(), parsedShare));
      for (String type : FINE_TYPES) {
        sb.append(String.format(" %7d", types.getOrDefault(type, 0)));
      }
      sb.append(String.format(" %6d %8s %8d", times, differences(reference), liveHeap >> 20));
      return sb.toString();
    }

    private String differences(List<String> reference) {
      if (reference == null || reference.size() != tags.size()) {
        return "n/a";
      }
      int n = 0;
      for (int i = 0; i < tags.size(); i++) {
        n += tags.get(i).equals(reference.get(i)) ? 0 : 1;
      }
      return Integer.toString(n);
    }
  }
}
