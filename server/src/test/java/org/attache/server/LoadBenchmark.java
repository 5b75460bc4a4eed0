package org.attache.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.model.ActorRef;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Location;
import org.attache.model.Publication;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;

/**
 * The API under load, from a process of its own: {@code generate DB N} fills a DuckDB store with
 * at least N synthetic events (stored through the real merging write path); {@code drive URL
 * SECONDS CONCURRENCY} sends each main query for SECONDS with CONCURRENCY requests in flight and
 * prints requests per second and p50/p99 latency per query, then a {@code key=value} line.
 * {@code bench/api-load} runs both around an {@code attache serve} process.
 */
public final class LoadBenchmark {
  private static final String[] COUNTRIES = {"IRN", "RUS", "USA", "CHN", "ISR", "SYR", "TUR", "SAU", "GBR", "FRA",
      "DEU", "UKR", "IRQ", "LBN", "EGY", "QAT", "ARE", "IND", "PAK", "JPN", "KOR", "PRK", "AZE", "ARM", "JOR"};
  private static final String[] CODES = {"010", "020", "030", "036", "040", "042", "043", "046", "050", "057", "060",
      "111", "112", "130", "172", "190"};
  private static final String[][] PLACES = {{"Moscow", "RUS", "55.75", "37.62"}, {"Tehran", "IRN", "35.69", "51.42"},
      {"Beijing", "CHN", "39.91", "116.40"}, {"Washington", "USA", "38.90", "-77.04"}, {"Damascus", "SYR", "33.51", "36.29"},
      {"Ankara", "TUR", "39.92", "32.85"}, {"Riyadh", "SAU", "24.69", "46.72"}, {"Kyiv", "UKR", "50.45", "30.52"}};
  private static final String[] WORDS = ("talks meeting treaty sanctions energy trade security nuclear border ceasefire "
      + "visit summit delegation cooperation pipeline grain missiles drones embassy envoy minister president parliament "
      + "agreement strike condemnation aid refugees investment railway port oil gas").split(" ");

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
      case "drive" -> drive(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      default -> {
        System.err.println("usage: LoadBenchmark generate DB_FILE EVENTS | drive URL SECONDS CONCURRENCY");
        System.exit(2);
      }
    }
  }

  /** Fills a new DuckDB store with at least {@code events} events. */
  static void generate(Path file, int events) throws Exception {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Random r = new Random(7);
    long t = System.nanoTime();
    try (EventStore store = EventStore.open(new StoreConfig("jdbc:duckdb:" + file, file.toAbsolutePath().getParent()),
        Clock.systemUTC())) {
      int doc = 0;
      while (store.counts().events() < events) {
        for (int batch = 0; batch < 200; batch++, doc++) {
          article(store, r, doc);
        }
        EventStore.Counts c = store.counts();
        System.err.printf(Locale.ROOT, "generated %d articles, %d events (%.0f s)%n", c.documents(), c.events(),
            (System.nanoTime() - t) / 1e9);
      }
    }
  }

  private static void article(EventStore store, Random r, int n) throws Exception {
    String id = "load-" + n + ".txt";
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3900));
    List<Event> events = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 25; k++) {
      String a = COUNTRIES[r.nextInt(COUNTRIES.length)];
      String b = COUNTRIES[(Arrays.asList(COUNTRIES).indexOf(a) + 1 + r.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length];
      String code = CODES[r.nextInt(CODES.length)];
      String[] p = PLACES[r.nextInt(PLACES.length)];
      String sentence = a + " and " + b + " " + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]
          + " " + WORDS[r.nextInt(WORDS.length)] + " in " + p[0] + " " + n + "-" + k + ".";
      int start = text.length();
      text.append(sentence).append(' ');
      int quad = code.compareTo("060") <= 0 ? (code.compareTo("040") < 0 ? 1 : 2) : (code.compareTo("150") < 0 ? 3 : 4);
      events.add(new Event(id + "-" + k, id, code, quad, quad <= 2 ? 3.0 : -5.0, null,
          new ActorRef(a, a + " official", a + "GOV", a), new ActorRef(b, b + " official", b + "GOV", b),
          day.minusDays(k % 3).toString(), "relative",
          new Location(p[0], p[1], Double.parseDouble(p[2]), Double.parseDouble(p[3]), null), sentence, start,
          start + sentence.length(), 0.8, null));
    }
    Document d = new Document(id, id, "Load article " + n, text.toString(), List.of(), "en", null, null, List.of());
    store.add(new DatedDocument(d, Publication.on(day, Basis.METADATA, "load")), events);
  }

  /** Drives the main queries at a server, one after the other. */
  static void drive(String base, int seconds, int concurrency) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String anEvent = firstEventId(http, base);
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("events_page", "api/events?limit=50");
    queries.put("events_dyad", "api/events?dyad=IRN,RUS&limit=50");
    queries.put("events_actor_code_dates", "api/events?actor=IRNGOV&code=04&from=2020&to=2022-06&limit=50");
    queries.put("event_one", "api/events/" + anEvent);
    queries.put("dyad_timeline", "api/dyads/IRN/RUS/timeline");
    queries.put("search", "api/search?q=treaty%20AND%20Moscow&limit=20");
    queries.put("events_text", "api/events?q=sanctions&limit=50");
    queries.put("network", "api/network?limit=100");
    List<String> summary = new ArrayList<>(List.of("suite=api-load", "seconds=" + seconds, "concurrency=" + concurrency));
    double worstP99 = 0;
    long errors = 0;
    for (Map.Entry<String, String> q : queries.entrySet()) {
      Result res = run(http, base + q.getValue(), seconds, concurrency);
      System.out.printf(Locale.ROOT, "%-26s %7.1f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  (%d requests)%n",
          q.getKey(), res.rps, res.p50, res.p99, res.errors, res.count);
      summary.add(q.getKey() + "_rps=" + String.format(Locale.ROOT, "%.1f", res.rps));
      summary.add(q.getKey() + "_p99_ms=" + String.format(Locale.ROOT, "%.1f", res.p99));
      worstP99 = Math.max(worstP99, res.p99);
      errors += res.errors;
    }
    summary.add("worst_p99_ms=" + String.format(Locale.ROOT, "%.1f", worstP99));
    summary.add("errors=" + errors);
    System.out.println(String.join(" ", summary));
  }

  private static String firstEventId(HttpClient http, String base) throws IOException, InterruptedException {
    String body = http.send(HttpRequest.newBuilder(URI.create(base + "api/events?limit=1&offset=5000")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    int i = body.indexOf("\"id\":\"");
    return body.substring(i + 6, body.indexOf('"', i + 6));
  }

  private record Result(long count, long errors, double rps, double p50, double p99) {}

  private static Result run(HttpClient http, String url, int seconds, int concurrency) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
    for (int i = 0; i < 20; i++) {
      http.send(request, HttpResponse.BodyHandlers.discarding()); // warm up the query
    }
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger errors = new AtomicInteger();
    List<Future<List<Long>>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < concurrency; w++) {
      workers.add(pool.submit(() -> {
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
          long t = System.nanoTime();
          HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
          latencies.add(System.nanoTime() - t);
          if (r.statusCode() != 200) {
            errors.incrementAndGet();
          }
        }
        return latencies;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : workers) {
      all.addAll(f.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(sorted.length, errors.get(), sorted.length / elapsed, percentile(sorted, 0.50),
        percentile(sorted, 0.99));
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
