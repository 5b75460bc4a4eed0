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
import java.util.List;
import java.util.function.Function;
import org.attache.model.AnnotatedDocument;
import org.attache.model.DatedDocument;
import org.attache.reference.ResourceFormatException;

/**
 * Measures annotation speed and memory: a command, not a test. Run from the project root:
 *
 * <pre>
 * mvn -q -pl nlp -am install -DskipTests
 * mvn -q -pl nlp exec:exec                       # the defaults, 1 and 2 threads, sample and Wikinews
 * mvn -q -pl nlp exec:exec -Dbench.mode=compare  # the settings side by side, 1 thread
 * mvn -q -pl nlp exec:exec -Dbench.heap=-Xmx2g   # another heap (default -Xmx4g)
 * </pre>
 *
 * <p>The default mode annotates the bundled sample and the Wikinews CSV files under {@code
 * <shared>/data/corpora/wikinews/data} (skipped with a message when absent) with {@link
 * NlpConfig#DEFAULTS} on 1 and 2 threads, after a warm-up, and prints tokens per second, the
 * ratio to CoreNLP's tokenizer alone on the same documents in the same run, and the heap: the
 * peak in use (which grows with {@code -Xmx}) and the peak still live after a collection (what
 * the run needs, the annotated documents it returns included). {@code --mode compare} runs
 * {@link SettingsComparison} on the sample and the first {@code --limit} (default 45) Wikinews
 * articles. Figures go to stdout, CoreNLP's log to stderr. Exit codes: 0 done, 1 the data could
 * not be read, 2 usage error.
 *
 * <p>Give it 4 GB of heap: at 2 GB the collector costs a third of the speed.
 */
public final class AnnotationBenchmark {
  private static final String USAGE =
      "usage: AnnotationBenchmark [--mode run|compare] [--limit N] [--shared DIR]";

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
      new SettingsComparison(out, err, heap).run(docs);
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
    out.printf("%-9s %5s %8s  %-16s %7s %8s %9s %9s %9s%n", "corpus", "docs", "tokens", "pipeline",
        "threads", "seconds", "tokens/s", "peak MiB", "live MiB");
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
    out.printf("%-9s %5d %8d  %-16s %7d %8.2f %9.0f %9d %9d%s%n", corpus, docs, run.tokens(), pipeline,
        threads, run.seconds(), run.tokensPerSecond(), run.peakHeap() >> 20, run.peakLive() >> 20, ratio);
  }

  // ---- timing ----

  /** A timed run: tokens processed, wall time, peak heap in use and live after a collection. */
  record Run(long tokens, double seconds, long peakHeap, long peakLive) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  interface Work {
    long tokens();
  }

  private Run time(Work work) {
    return time(heap, work);
  }

  /** Times one piece of work, watching the heap. */
  static Run time(HeapSampler heap, Work work) {
    heap.reset();
    long start = System.nanoTime();
    long tokens = work.tokens();
    return new Run(tokens, seconds(start), heap.peak(), heap.peakLive());
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

  static long tokens(List<AnnotatedDocument> docs) {
    Function<AnnotatedDocument, Long> count =
        d -> d.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    return docs.stream().mapToLong(count::apply).sum();
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
