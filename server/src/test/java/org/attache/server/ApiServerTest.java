package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over a small store built by hand, through real HTTP on loopback. */
class ApiServerTest {
  static final String TOKEN = "test-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;
  private EventStore store;
  private ApiServer server;
  private final AtomicInteger ingested = new AtomicInteger();

  /** Three articles: two meetings of Iran and Russia, one Israeli strike, with places. */
  static void fill(EventStore store) throws Exception {
    ActorRef iran = new ActorRef("Iran's ambassador Kazem Jalali", "Kazem Jalali", "IRNGOVDIP", "IRN");
    ActorRef russia = new ActorRef("Mikhail Bogdanov", "Mikhail Bogdanov", "RUSGOV", "RUS");
    ActorRef israel = new ActorRef("Israel", null, "ISR", "ISR");
    Location moscow = new Location("Moscow", "RUS", 55.75, 37.62, 524901L);
    Location damascus = new Location("Damascus", "SYR", 33.51, 36.29, 170654L);
    add(store, "a.txt", "2025-01-31", "Jalali met Bogdanov in Moscow on Wednesday to discuss Syria.",
        event("a1", "a.txt", "040", 1, 1.0, iran, russia, "2025-01-29", moscow));
    add(store, "b.txt", "2025-03-07", "On Thursday Jalali met Bogdanov again, in Moscow, about the South Caucasus.",
        event("b1", "b.txt", "040", 1, 1.0, iran, russia, "2025-03-06", moscow));
    add(store, "c.txt", "2024-04-03", "Israel struck the Iranian consulate in Damascus on Monday.",
        event("c1", "c.txt", "190", 4, -10.0, israel, new ActorRef("the Iranian consulate", null, "IRNGOV", "IRN"),
            "2024-04-01", damascus));
  }

  static Event event(String id, String doc, String code, int quad, double goldstein, ActorRef s, ActorRef t, String date,
      Location where) {
    return new Event(id, doc, code, quad, goldstein, code.startsWith("04") ? "CONSULT" : "ASSAULT", s, t, date, "relative",
        where, TEXTS.get(doc), 0, TEXTS.get(doc).length(), 0.8, null);
  }

  private static final Map<String, String> TEXTS = Map.of(
      "a.txt", "Jalali met Bogdanov in Moscow on Wednesday to discuss Syria.",
      "b.txt", "On Thursday Jalali met Bogdanov again, in Moscow, about the South Caucasus.",
      "c.txt", "Israel struck the Iranian consulate in Damascus on Monday.");

  private static void add(EventStore store, String id, String published, String text, Event e) throws Exception {
    Document d = new Document(id, id, "Title of " + id, text, List.of(), "en", "https://example.org/" + id, null, List.of());
    store.add(new DatedDocument(d, Publication.on(java.time.LocalDate.parse(published), Basis.HEADER, "test")), List.of(e));
  }

  @BeforeEach
  void start() throws Exception {
    store = EventStore.open(StoreConfig.embedded(dir.resolve("data")), Clock.systemUTC());
    fill(store);
    server = ApiServer.start(store, new ServerConfig("127.0.0.1", 0, TOKEN, true, 4096, 600), () -> line -> {
      ingested.incrementAndGet();
      return Map.of("status", "added", "doc", "posted");
    }, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Test
  void events_filtersAndPaging() throws Exception {
    JsonNode all = json(get("/api/events"));
    assertThat(all.get("total").asInt()).isEqualTo(3);
    assertThat(all.get("events").get(0).get("date").asText()).isEqualTo("2024-04-01");
    assertThat(json(get("/api/events?dyad=RUS,IRN")).get("total").asInt()).isEqualTo(2);
    assertThat(json(get("/api/events?code=19")).get("total").asInt()).isEqualTo(1);
    assertThat(json(get("/api/events?actor=bogdanov&from=2025-03")).get("total").asInt()).isEqualTo(1);
    assertThat(json(get("/api/events?country=SYR")).get("total").asInt()).isZero();
    JsonNode page = json(get("/api/events?limit=1&offset=1"));
    assertThat(page.get("events")).hasSize(1);
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(json(get("/api/events?q=" + enc("Caucasus"))).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void event_withMentionsAndDocumentText_or404() throws Exception {
    String id = json(get("/api/events?code=19")).get("events").get(0).get("id").asText();
    JsonNode one = json(get("/api/events/" + id));
    assertThat(one.get("event").get("mentions")).hasSize(1);
    assertThat(one.get("documents").get(0).get("text").asText()).contains("Iranian consulate");
    HttpResponse<String> missing = get("/api/events/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("code").asText()).isEqualTo("not_found");
    assertThat(json(missing).has("details")).isTrue();
  }

  @Test
  void summaries_timelineNetworkActorsPlacesDocumentsSearch() throws Exception {
    JsonNode months = json(get("/api/dyads/irn/rus/timeline")).get("months");
    assertThat(months).hasSize(2);
    assertThat(months.get(0).get("month").asText()).isEqualTo("2025-01");
    assertThat(months.get(0).get("quad_counts").get(0).asInt()).isEqualTo(1);
    assertThat(months.get(0).get("mean_goldstein").asDouble()).isEqualTo(1.0);
    JsonNode edges = json(get("/api/network")).get("edges");
    assertThat(edges.get(0).get("source").asText()).isEqualTo("IRN");
    assertThat(edges.get(0).get("events").asInt()).isEqualTo(2);
    assertThat(json(get("/api/actors")).get("actors").get(0).get("code").asText()).isIn("IRNGOVDIP", "RUSGOV");
    JsonNode places = json(get("/api/places")).get("places");
    assertThat(places.get(0).get("name").asText()).isEqualTo("Moscow");
    assertThat(places.get(0).get("events").asInt()).isEqualTo(2);
    assertThat(json(get("/api/documents")).get("documents")).hasSize(3);
    assertThat(json(get("/api/documents/a.txt")).get("text").asText()).startsWith("Jalali met");
    JsonNode hits = json(get("/api/search?q=Damascus"));
    assertThat(hits.get("hits")).isNotEmpty();
  }

  @Test
  void badRequests_jsonErrorsNoTraces() throws Exception {
    for (String path : List.of("/api/events?limit=0", "/api/events?limit=abc", "/api/events?dyad=IRN",
        "/api/events?code=" + enc("04' OR '1'='1"), "/api/events?country=" + enc("IRN'; DROP TABLE events; --"),
        "/api/events?from=yesterday", "/api/search?q=" + enc("\"unclosed"), "/api/search", "/api/dyads/I/R/timeline")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(json(r).get("code").asText()).as(path).isEqualTo("bad_request");
      assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(json(get("/api/events?actor=" + enc("' OR '1'='1"))).get("total").asInt()).isZero();
    assertThat(json(get("/api/events")).get("total").asInt()).isEqualTo(3);
    HttpResponse<String> unknown = get("/api/nothing-here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("code").asText()).isEqualTo("not_found");
  }

  @Test
  void articles_needTheToken() throws Exception {
    String article = "{\"id\":\"x\",\"text\":\"Iran and Russia signed a treaty.\"}";
    assertThat(post("/api/articles", article, null).statusCode()).isEqualTo(401);
    assertThat(post("/api/articles", article, "wrong-token-0123456789").statusCode()).isEqualTo(401);
    assertThat(ingested).hasValue(0);
    HttpResponse<String> ok = post("/api/articles", article, TOKEN);
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(ingested).hasValue(1);
    assertThat(post("/api/articles", "not json", TOKEN).statusCode()).isEqualTo(400);
    assertThat(post("/api/articles", "{\"title\":\"no text\"}", TOKEN).statusCode()).isEqualTo(400);
    HttpResponse<String> big = post("/api/articles", "{\"text\":\"" + "x".repeat(10_000) + "\"}", TOKEN);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(json(big).get("code").asText()).isEqualTo("payload_too_large");
  }

  @Test
  void rateLimit_answers429WithRetryAfter() throws Exception {
    int limited = 0;
    String retry = null;
    for (int i = 0; i < 120; i++) {
      HttpResponse<String> r = get("/api/health");
      if (r.statusCode() == 429) {
        limited++;
        retry = r.headers().firstValue("Retry-After").orElse(null);
        assertThat(json(r).get("code").asText()).isEqualTo("too_many_requests");
      }
    }
    assertThat(limited).isPositive();
    assertThat(retry).isNotNull();
  }

  @Test
  void page_servedWithSecurityHeaders_andOpenApi() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Attaché</title>");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(get("/webjars/echarts/4.1.0/dist/echarts.min.js").statusCode()).isEqualTo(200);
    JsonNode api = json(get("/api/openapi.json"));
    assertThat(api.get("openapi").asText()).startsWith("3.");
    assertThat(api.get("paths").has("/api/events")).isTrue();
    assertThat(api.get("paths").has("/api/dyads/{a}/{b}/timeline")).isTrue();
  }

  @Test
  void closedReads_needTheTokenToo() throws Exception {
    try (ApiServer closed = ApiServer.start(store, new ServerConfig("127.0.0.1", 0, TOKEN, false, 4096, 600), null,
        Clock.systemUTC())) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(closed.url() + "api/events")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(401);
      HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(closed.url() + "api/events"))
          .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
