package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.eval.PetrarchEval;
import org.attache.eval.TempevalEval;
import org.attache.ingest.ReaderConfig;
import org.attache.model.Diagnostic;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.pipeline.DocumentPipeline;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.RawArticle;
import org.attache.nlp.BenchmarkCorpus;

/**
 * Attaché's whole pipeline (date, annotate, code, resolve; on both cores) against three CoreNLP
 * baselines on the same documents, in one run: tokenize+ssplit only (the floor), the default NER
 * with UD dependencies (a plain integration), and the constituency parser (PETRARCH's input).
 * Prints documents, sentences and tokens per second and peak heap, the evaluation scores beside
 * the speed, and a last line of {@code key=value} pairs. Run by {@code bench/throughput}.
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    boolean quick = args.length > 1 && args[1].equals("quick");
    int wikinews = quick ? 40 : 295;
    int events = quick ? 20 : 200;
    int parseDocs = quick ? 4 : 12;
    List<DatedDocument> docs = corpus(shared, wikinews, events);
    if (args.length > 2) {
      writeJsonLines(docs, Files.createDirectories(Path.of(args[2])));
    }
    long[] size = sentencesAndTokens(docs);
    long sentences = size[0];
    long tokens = size[1];
    System.out.printf(Locale.ROOT, "input: %d documents (%d Wikinews, the rest current-events summaries), %d sentences, %d tokens%n",
        docs.size(), Math.min(wikinews, docs.size()), sentences, tokens);
    HeapPeak heap = new HeapPeak();
    List<String> summary = new ArrayList<>(List.of("suite=throughput", "docs=" + docs.size()));

    Function<DatedDocument, List<Event>> attache = Pipelines.events();
    docs.stream().limit(3).forEach(attache::apply); // load and warm the models
    heap.reset();
    long t = System.nanoTime();
    AtomicLong eventCount = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> work = new ArrayList<>();
    for (DatedDocument d : docs) {
      work.add(pool.submit(() -> eventCount.addAndGet(attache.apply(d).size())));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    double attacheRate = rate(docs.size(), t);
    long attacheHeap = heap.peakMb();
    double attacheSeconds = docs.size() / attacheRate;
    System.out.printf(Locale.ROOT, "attache (2 threads): %.2f docs/s, %.1f sentences/s, %.0f tokens/s, %d events, peak heap %d MB%n",
        attacheRate, sentences / attacheSeconds, tokens / attacheSeconds, eventCount.get(), attacheHeap);

    double floor = baseline("tokenize,ssplit", docs, heap);
    double nerDep = baseline("tokenize,ssplit,pos,lemma,ner,depparse", docs, heap);
    List<DatedDocument> few = docs.subList(0, Math.min(parseDocs, docs.size()));
    double parse = baseline("tokenize,ssplit,pos,lemma,ner,parse", few, heap);
    long s = System.nanoTime();
    few.forEach(attache::apply);
    double attacheFew = rate(few.size(), s);
    System.out.printf(Locale.ROOT, "attache on the parser's %d documents (1 thread): %.2f docs/s%n", few.size(), attacheFew);

    PetrarchEval.Parser none = null;
    var petrarch = new PetrarchEval().run(shared.resolve("data/petrarch/universal-validate"), n -> { }, none);
    System.out.println("petrarch: " + petrarch.summaryLine());
    var tempeval = new TempevalEval(new CoreNlpAnnotator()).run(shared.resolve("data/time/tempeval3"), n -> { });
    System.out.println("tempeval: " + tempeval.summaryLine());
    String seeds = seeds(shared.resolve("data/seeds"), attache);
    System.out.println("seeds: " + seeds);
    summary.add(kv("docs_per_s", attacheRate));
    summary.add(kv("sentences_per_s", sentences / attacheSeconds));
    summary.add(kv("tokens_per_s", tokens / attacheSeconds));
    summary.add("peak_heap_mb=" + attacheHeap);
    summary.add(kv("vs_floor", attacheRate / floor));
    summary.add(kv("vs_ner_depparse", attacheRate / nerDep));
    summary.add(kv("vs_parse", attacheFew / parse));
    summary.add(petrarch.summaryLine().replaceAll(".*(f1=[0-9.]+).*", "petrarch_$1"));
    summary.add(tempeval.summaryLine().replaceAll(".* (value_f1=[0-9.]+).*", "tempeval_$1"));
    summary.add(seeds);
    System.out.println(String.join(" ", summary));
  }

  /** The input's size as CoreNLP's tokenizer and sentence splitter see it. */
  private static long[] sentencesAndTokens(List<DatedDocument> docs) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    long sentences = 0;
    long tokens = 0;
    for (DatedDocument d : docs) {
      Annotation a = new Annotation(d.document().text());
      nlp.annotate(a);
      sentences += a.get(CoreAnnotations.SentencesAnnotation.class).size();
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return new long[] {sentences, tokens};
  }

  /** The seed articles' events: how many, and how many dated to the day. */
  private static String seeds(Path folder, Function<DatedDocument, List<Event>> attache) {
    List<Event> events = new ArrayList<>();
    DocumentPipeline documents = Pipelines.documents(ReaderConfig.DEFAULT_MAX_BYTES, Clock.systemUTC());
    documents.run(documents.files(List.of(folder), d -> { }), new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument document) {
        events.addAll(attache.apply(document));
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {}
    });
    long dated = events.stream().filter(e -> e.date() != null && e.date().length() == 10).count();
    return "seed_events=" + events.size() + " seed_events_dated=" + dated;
  }

  /** A plain CoreNLP pipeline with these annotators, one thread, after a warm-up document. */
  private static double baseline(String annotators, List<DatedDocument> docs, HeapPeak heap) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("ner.applyFineGrained", "true");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    nlp.annotate(new Annotation(docs.get(0).document().text()));
    heap.reset();
    long t = System.nanoTime();
    for (DatedDocument d : docs) {
      nlp.annotate(new Annotation(d.document().text()));
    }
    double r = rate(docs.size(), t);
    System.out.printf(Locale.ROOT, "baseline %-40s %.2f docs/s on %d documents, peak heap %d MB%n", annotators, r, docs.size(),
        heap.peakMb());
    return r;
  }

  private static List<DatedDocument> corpus(Path shared, int wikinews, int events) throws Exception {
    List<DatedDocument> docs = new ArrayList<>(new BenchmarkCorpus(Clock.systemUTC(), d -> { })
        .wikinews(shared.resolve("data/corpora/wikinews/data"), wikinews));
    Cleaner cleaner = new Cleaner();
    DocumentDater dater = DocumentDater.withBundledData(Clock.systemUTC());
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> md = Files.newDirectoryStream(shared.resolve("data/corpora/current-events"), "*.md")) {
      md.forEach(files::add);
    }
    files.sort(null);
    for (Path f : files.subList(0, Math.min(events, files.size()))) {
      String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)^---.*?---", "")
          .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*#>]", "");
      Document d = cleaner.clean(RawArticle.text(f.getFileName().toString(), f.toString(), text));
      docs.add(new DatedDocument(d, dater.date(d)));
    }
    return docs;
  }

  /**
   * Writes each document as a one-line JSON Lines file, for the Spark job to read the very input
   * this benchmark measures.
   */
  private static void writeJsonLines(List<DatedDocument> docs, Path folder) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    for (DatedDocument d : docs) {
      ObjectNode o = json.createObjectNode();
      o.put("id", d.document().id());
      o.put("title", d.document().title());
      o.put("url", d.document().url());
      if (d.publication().published() != null) {
        o.put("published", d.publication().published().toString());
      }
      o.put("text", d.document().text());
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "%04d.jsonl", n++)), json.writeValueAsString(o) + "\n");
    }
  }

  private static double rate(int n, long start) {
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static String kv(String k, double v) {
    return k + "=" + String.format(Locale.ROOT, "%.2f", v);
  }

  /** The peak heap in use, sampled every 50 ms. */
  private static final class HeapPeak {
    private volatile long peak;

    HeapPeak() {
      Thread t = new Thread(() -> {
        while (true) {
          long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
          peak = Math.max(peak, used);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
    }

    void reset() {
      System.gc();
      peak = 0;
    }

    long peakMb() {
      return peak / (1024 * 1024);
    }
  }
}
