package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.attache.model.AnnotatedDocument;
import org.attache.model.DatedDocument;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;
import org.attache.nlp.NlpConfig.FineGrainedNer;
import org.attache.nlp.NlpConfig.ParseScope;
import org.attache.nlp.NlpConfig.StatisticalNer;
import org.attache.reference.ResourceFormatException;

/**
 * Measures annotation speed and memory: a command, not a test. Run from the project root:
 *
 * <pre>
 * mvn -q -pl nlp -am install -DskipTests
 * mvn -q -pl nlp exec:exec                     # the defaults, 1 and 2 threads, sample and Wikinews
 * mvn -q -pl nlp exec:exec -Dbench.mode=compare  # the settings side by side, 1 thread
 * </pre>
 *
 * <p>The default mode annotates the bundled sample and the Wikinews CSV files under {@code
 * <shared>/data/corpora/wikinews/data} (skipped with a message when absent) with {@link
 * NlpConfig#DEFAULTS} on 1 and 2 threads, after a warm-up, and prints tokens per second, the
 * ratio to CoreNLP's tokenizer alone on the same documents in the same run, and the peak heap in
 * use. {@code --mode compare} annotates the sample and the first {@code --limit} (default 45)
 * Wikinews articles with each candidate setting (the median of three timed runs) and prints its speed, how much it parsed, the
 * fine types it keeps and how many token tags differ from CoreNLP's default NER. Figures go to
 * stdout, CoreNLP's log to stderr. Exit codes: 0 done, 1 the data could not be read, 2 usage.
 */
public final class AnnotationBenchmark {
  private static final String USAGE =
      "usage: AnnotationBenchmark [--mode run|compare] [--limit N] [--shared DIR]";
  private static final int TIMED_RUNS = 3;
  private static final List<String> FINE_TYPES = List.of("COUNTRY", "CITY", "NATIONALITY", "TITLE");

  private final PrintStream out;
  private final PrintStream err;
  private final HeapSampler heap = new HeapSampler();

  private AnnotationBenchmark(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the benchmark with the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    AnnotationBenchmark bench = new AnnotationBenchmark(out, err);
    try {
      bench.run(options);
      return 0;
    } catch (IOException | ResourceFormatException e) {
      err.println("cannot read the benchmark data: " + e.getMessage());
      return 1;
    } finally {
      bench.heap.close();
    }
  }

  /** The command line. */
  record Options(boolean compare, int limit, Path shared) {
    static Options parse(String[] args) {
      String mode = "run";
      int limit = -1;
      Path shared = Path.of("../shared");
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "" -> { } // an empty property from the Maven command line
          case "--mode" -> mode = value(args, ++i, "--mode");
          case "--limit" -> limit = parseLimit(value(args, ++i, "--limit"));
          case "--shared" -> shared = Path.of(value(args, ++i, "--shared"));
          default -> throw new IllegalArgumentException("Unknown option: '" + args[i] + "'");
        }
      }
      if (!mode.equals("run") && !mode.equals("compare")) {
        throw new IllegalArgumentException("--mode must be run or compare, was '" + mode + "'");
      }
      boolean compare = mode.equals("compare");
      return new Options(compare, limit >= 0 ? limit : compare ? 45 : Integer.MAX_VALUE, shared);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException("Missing value for option '" + option + "'");
      }
      return args[i];
    }

    private static int parseLimit(String s) {
      try {
        int n = Integer.parseInt(s.strip());
        if (n >= -1) {
          return n; // -1: the mode's default
        }
      } catch (NumberFormatException e) {
        // reported below with the value
      }
      throw new IllegalArgumentException("--limit must be a number of articles, was '" + s + "'");
    }
  }

  private void run(Options options) throws IOException, ResourceFormatException {
    BenchmarkCorpus corpus = new BenchmarkCorpus(Clock.systemUTC(), d -> err.println(d));
    List<DatedDocument> sample = corpus.sample();
    Path folder = options.shared().resolve("data/corpora/wikinews/data");
    List<DatedDocument> wikinews = List.of();
    if (Files.isDirectory(folder)) {
      wikinews = corpus.wikinews(folder, options.limit());
    } else {
      out.println("Wikinews skipped: no folder " + folder.toAbsolutePath().normalize());
    }
    out.printf("CoreNLP 4.5.10, Java %s, %d cores, max heap %d MiB%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    if (options.compare()) {
      List<DatedDocument> docs = new ArrayList<>(sample);
      docs.addAll(wikinews);
      compare(docs);
    } else {
      speed(sample, wikinews);
    }
  }

  // ---- the default mode: NlpConfig.DEFAULTS on 1 and 2 threads ----

  private void speed(List<DatedDocument> sample, List<DatedDocument> wikinews) {
    out.println("settings: " + NlpConfig.DEFAULTS);
    long start = System.nanoTime();
    CoreNlpAnnotator one = new CoreNlpAnnotator(NlpConfig.DEFAULTS);
    CoreNlpAnnotator two = new CoreNlpAnnotator(NlpConfig.DEFAULTS.toBuilder().threads(2).build());
    one.annotate(sample.get(0));
    out.printf("models loaded in %.1f s; heap live after load %d MiB%n", seconds(start),
        heap.liveAfterGc() >> 20);
    StanfordCoreNLP tokenizer = Pipeline.tokenizerOnly();
    warmUp(one, sample, wikinews, tokenizer);
    out.printf("%-9s %5s %8s  %-22s %7s %9s %10s %14s%n", "corpus", "docs", "tokens", "pipeline",
        "threads", "seconds", "tokens/s", "peak heap MiB");
    measureCorpus("sample", sample, tokenizer, one, two);
    if (!wikinews.isEmpty()) {
      measureCorpus("wikinews", wikinews, tokenizer, one, two);
    }
    out.printf("heap live after the runs: %d MiB%n", heap.liveAfterGc() >> 20);
  }

  private void warmUp(CoreNlpAnnotator annotator, List<DatedDocument> sample,
      List<DatedDocument> wikinews, StanfordCoreNLP tokenizer) {
    List<DatedDocument> docs = new ArrayList<>(sample);
    docs.addAll(wikinews.subList(0, Math.min(20, wikinews.size())));
    for (int i = 0; i < 2; i++) {
      annotator.annotateAll(docs);
      tokenize(tokenizer, docs);
    }
  }

  private void measureCorpus(String name, List<DatedDocument> docs, StanfordCoreNLP tokenizer,
      CoreNlpAnnotator one, CoreNlpAnnotator two) {
    Run base = time(() -> tokenize(tokenizer, docs));
    print(name, docs.size(), "tokenize,ssplit", 1, base, base);
    print(name, docs.size(), "defaults", 1, time(() -> tokens(one.annotateAll(docs))), base);
    print(name, docs.size(), "defaults", 2, time(() -> tokens(two.annotateAll(docs))), base);
  }

  private void print(String corpus, int docs, String pipeline, int threads, Run run, Run base) {
    String ratio = run == base ? "" : String.format("  (%.4f of the tokenizer's speed, %.0fx slower)",
        run.tokensPerSecond() / base.tokensPerSecond(), base.tokensPerSecond() / run.tokensPerSecond());
    out.printf("%-9s %5d %8d  %-22s %7d %9.2f %10.0f %14d%s%n", corpus, docs, run.tokens(), pipeline,
        threads, run.seconds(), run.tokensPerSecond(), run.peakHeap() >> 20, ratio);
  }

  // ---- compare mode: each candidate setting on one thread ----

  private record Setting(String label, NlpConfig config) {}

  private static List<Setting> settings() {
    NlpConfig d = NlpConfig.DEFAULTS;
    return List.of(
        new Setting("a  3-class NER only; parse all", config(StatisticalNer.THREE_CLASS, FineGrainedNer.NONE, false, ParseScope.ALL)),
        new Setting("a' 3 CRFs (no rules, no SUTime); parse all", config(StatisticalNer.ALL_MODELS, FineGrainedNer.NONE, false, ParseScope.ALL)),
        new Setting("b  CoreNLP default NER; parse all", config(StatisticalNer.ALL_MODELS, FineGrainedNer.STOCK, true, ParseScope.ALL)),
        new Setting("b2 3-class+stock rules+SUTime; parse all", config(StatisticalNer.THREE_CLASS, FineGrainedNer.STOCK, true, ParseScope.ALL)),
        new Setting("b3 3-class+indexed rules; parse all", config(StatisticalNer.THREE_CLASS, FineGrainedNer.INDEXED, false, ParseScope.ALL)),
        new Setting("b4 3-class+indexed+SUTime; parse all [DEFAULTS]", d),
        new Setting("c  CoreNLP default NER; parse events", config(StatisticalNer.ALL_MODELS, FineGrainedNer.STOCK, true, ParseScope.EVENT_SENTENCES)),
        new Setting("c2 b4, parse events", d.toBuilder().parse(ParseScope.EVENT_SENTENCES).build()),
        new Setting("d  b4 without parsing", d.toBuilder().parse(ParseScope.NONE).build()));
  }

  private static NlpConfig config(StatisticalNer ner, FineGrainedNer fine, boolean sutime, ParseScope parse) {
    return NlpConfig.builder().statisticalNer(ner).fineGrained(fine).sutime(sutime).parse(parse).build();
  }

  private void compare(List<DatedDocument> docs) {
    out.printf("%d documents; each setting loads, annotates them once to warm up, then %d times timed"
        + " (the median is shown)%n",
        docs.size(), TIMED_RUNS);
    out.printf("%-44s %6s %9s %8s %7s %7s %7s %7s %6s %8s %10s%n", "setting", "load s", "tokens/s",
        "parsed%", "COUNTRY", "CITY", "NATION.", "TITLE", "times", "≠ b tags", "heap MiB");
    List<String> reference = null;
    List<Comparison> rows = new ArrayList<>();
    for (Setting s : settings()) {
      Comparison c = compareOne(s, docs);
      rows.add(c);
      if (s.label().startsWith("b ")) {
        reference = c.tags();
      }
    }
    for (Comparison c : rows) {
      out.println(c.line(reference));
    }
  }

  private Comparison compareOne(Setting setting, List<DatedDocument> docs) {
    Pipeline.releaseShared();
    heap.liveAfterGc();
    long start = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(setting.config());
    annotator.annotate(docs.get(0));
    double load = seconds(start);
    List<AnnotatedDocument> result = annotator.annotateAll(docs);
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < TIMED_RUNS; i++) {
      runs.add(time(() -> tokens(annotator.annotateAll(docs))));
    }
    runs.sort(Comparator.comparingDouble(Run::seconds));
    err.println("measured: " + setting.label() + " " + runs);
    return Comparison.of(setting.label(), load, runs.get(TIMED_RUNS / 2), result, heap.liveAfterGc());
  }

  /** One setting's figures. */
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
      StringBuilder sb = new StringBuilder(String.format("%-44s %6.1f %9.0f %7.0f%%", label, load,
          run.tokensPerSecond(), parsedShare));
      for (String type : FINE_TYPES) {
        sb.append(String.format(" %7d", types.getOrDefault(type, 0)));
      }
      sb.append(String.format(" %6d %8s %10d", times, differences(reference), liveHeap >> 20));
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

  // ---- timing ----

  /** A timed run: tokens processed, wall time, peak heap. */
  private record Run(long tokens, double seconds, long peakHeap) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private interface Work {
    long tokens();
  }

  private Run time(Work work) {
    heap.reset();
    long start = System.nanoTime();
    long tokens = work.tokens();
    return new Run(tokens, seconds(start), heap.peak());
  }

  private static long tokenize(StanfordCoreNLP tokenizer, List<DatedDocument> docs) {
    long n = 0;
    for (DatedDocument d : docs) {
      Annotation a = new Annotation(d.document().text());
      tokenizer.annotate(a);
      n += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  private static long tokens(List<AnnotatedDocument> docs) {
    Function<AnnotatedDocument, Long> count =
        d -> d.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    return docs.stream().mapToLong(count::apply).sum();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
