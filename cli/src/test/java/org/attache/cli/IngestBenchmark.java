package org.attache.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.attache.model.ActorRef;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Publication;
import org.attache.nlp.BenchmarkCorpus;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.attache.store.StoreException;

/**
 * Ingest throughput into each store, in documents per second, measured in one run:
 *
 * <ol>
 *   <li>Wikinews articles annotated and coded once (the language models' cost, the baseline),
 *       then stored into a fresh DuckDB file and a fresh PostgreSQL database (the store's cost),
 *       then stored again (every article a duplicate: the cost of a re-run);
 *   <li>synthetic articles with ten events each over a small world of dyads, so that merging
 *       has stored candidates to compare, into each store, the rate reported for the first and
 *       the last thousand to show whether it holds as the store grows.
 * </ol>
 *
 * <p>Run with {@code mvn -q -pl cli -am install -DskipTests && mvn -q -pl cli exec:exec}. Its last
 * line is {@code key=value} pairs.
 */
public final class IngestBenchmark {
  private static final String[] COUNTRIES = {"IRN", "RUS", "USA", "CHN", "ISR", "SYR", "TUR", "SAU", "GBR", "FRA",
      "DEU", "UKR", "IRQ", "LBN", "EGY", "QAT", "ARE", "IND", "PAK", "JPN", "KOR", "PRK", "AZE", "ARM", "JOR"};
  private static final String[] CODES = {"010", "020", "030", "036", "040", "042", "043", "046", "050", "057", "060",
      "111", "112", "130", "172", "190"};

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int synthetic = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    Path work = Files.createTempDirectory("attache-ingest-bench");
    List<String> summary = new ArrayList<>(List.of("suite=ingest-bench"));

    List<DatedDocument> docs = new BenchmarkCorpus(Clock.systemUTC(), d -> { })
        .wikinews(shared.resolve("data/corpora/wikinews/data"), limit);
    Function<DatedDocument, List<Event>> coder = Pipelines.events();
    docs.stream().limit(5).forEach(coder::apply); // warm the models up
    long t = System.nanoTime();
    List<List<Event>> events = new ArrayList<>();
    for (DatedDocument d : docs) {
      events.add(coder.apply(d));
    }
    double nlp = rate(docs.size(), t);
    int reports = events.stream().mapToInt(List::size).sum();
    System.out.printf(Locale.ROOT, "Wikinews: %d articles, %d event reports; annotate+code %.1f docs/s%n", docs.size(), reports, nlp);
    summary.add(kv("docs", docs.size()));
    summary.add(kv("nlp_docs_per_s", nlp));

    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      for (String kind : List.of("duckdb", "postgres")) {
        StoreConfig config = config(kind, work, pg);
        try (EventStore store = EventStore.open(config, Clock.systemUTC())) {
          long s = System.nanoTime();
          for (int i = 0; i < docs.size(); i++) {
            store.add(docs.get(i), events.get(i));
          }
          double stored = rate(docs.size(), s);
          long d = System.nanoTime();
          for (DatedDocument doc : docs) {
            store.contains(doc.document().text());
          }
          double rerun = rate(docs.size(), d);
          EventStore.Counts c = store.counts();
          double e2e = 1 / (1 / nlp + 1 / stored);
          System.out.printf(Locale.ROOT, "%-8s store %.1f docs/s (%d documents, %d events from %d reports); "
              + "with the models %.1f docs/s (%.0f%% of the time in the store); re-run check %.0f docs/s%n",
              kind, stored, c.documents(), c.events(), c.mentions(), e2e, 100 * e2e / stored, rerun);
          summary.add(kv(kind + "_store_docs_per_s", stored));
          summary.add(kv(kind + "_ingest_docs_per_s", e2e));
          summary.add(kv(kind + "_rerun_docs_per_s", rerun));
          summary.add(kv(kind + "_vs_nlp", stored / nlp));
        }
      }
      for (String kind : List.of("duckdb", "postgres")) {
        double[] blocks = synthetic(config(kind, work, pg), synthetic);
        System.out.printf(Locale.ROOT, "%-8s synthetic %d articles x 10 events: first 1000 %.1f docs/s, last 1000 %.1f docs/s%n",
            kind, synthetic, blocks[0], blocks[1]);
        summary.add(kv(kind + "_synthetic_first_docs_per_s", blocks[0]));
        summary.add(kv(kind + "_synthetic_last_docs_per_s", blocks[1]));
      }
    }
    System.out.println(String.join(" ", summary));
  }

  private static StoreConfig config(String kind, Path work, EmbeddedPostgres pg) throws Exception {
    String name = kind + "_" + System.nanoTime();
    if (kind.equals("duckdb")) {
      return new StoreConfig("jdbc:duckdb:" + work.resolve(name + ".duckdb"), work);
    }
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new StoreConfig(pg.getJdbcUrl("postgres", name), work.resolve(name));
  }

  /** Stores synthetic articles; the rates of the first and the last thousand. */
  private static double[] synthetic(StoreConfig config, int n) throws StoreException, IOException {
    Random r = new Random(42);
    double first = 0;
    double last = 0;
    try (EventStore store = EventStore.open(config, Clock.systemUTC())) {
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        String id = "syn-" + i + ".txt";
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
          String a = COUNTRIES[r.nextInt(COUNTRIES.length)];
          String b = COUNTRIES[r.nextInt(COUNTRIES.length)];
          String sentence = words(r, 25);
          events.add(new Event(id + k, id, CODES[r.nextInt(CODES.length)], 1, 1.0, null,
              new ActorRef(a, a, a + "GOV", a), new ActorRef(b, b, b + "GOV", b),
              day.minusDays(r.nextInt(3)).toString(), "relative", null, sentence, 0, sentence.length(), 0.8, null));
        }
        Document doc = new Document(id, id, null, words(r, 400), List.of(), "en", null, null, List.of());
        store.add(new DatedDocument(doc, Publication.on(day, Basis.METADATA, "synthetic")), events);
        if (i + 1 == Math.min(1000, n)) {
          first = rate(i + 1, t);
        }
        if (i + 1 == n - 1000) {
          t = System.nanoTime();
        }
      }
      last = rate(Math.min(1000, n), t);
    }
    return new double[] {first, last};
  }

  private static String words(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("w").append(r.nextInt(5000)).append(i % 15 == 14 ? ". " : " ");
    }
    return s.toString();
  }

  private static double rate(int n, long startNanos) {
    return n / ((System.nanoTime() - startNanos) / 1e9);
  }

  private static String kv(String key, double value) {
    return key + "=" + String.format(Locale.ROOT, value == Math.rint(value) && value > 10 ? "%.0f" : "%.2f", value);
  }
}
