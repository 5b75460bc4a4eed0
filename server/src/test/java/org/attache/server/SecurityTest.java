package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests against the API and the page's files, sent byte for byte over a socket (an
 * HTTP client would normalise {@code ..} away): path traversal gets a 400 or 404 and no file's
 * content; SQL in any parameter the OpenAPI description lists gets a 400 or the answer a harmless
 * value gets, and the tables are all there afterwards.
 */
class SecurityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private EventStore store;
  private ApiServer server;

  @BeforeEach
  void start() throws Exception {
    store = EventStore.open(StoreConfig.embedded(dir.resolve("data")), Clock.systemUTC());
    ApiServerTest.fill(store);
    server = ApiServer.start(store, new ServerConfig("127.0.0.1", 0, ApiServerTest.TOKEN, true, 4096, 1_000_000),
        () -> line -> Map.of("status", "added"), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  /** A raw response: status code and body. */
  private record Response(int status, String head, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  /** Sends {@code GET target} exactly as given. */
  private Response get(String target) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] all = in.readAllBytes();
      String raw = new String(all, StandardCharsets.ISO_8859_1);
      int split = raw.indexOf("\r\n\r\n");
      String head = split < 0 ? raw : raw.substring(0, split);
      byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, split + 4, all.length);
      if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
    }
  }

  private static byte[] unchunk(byte[] chunked) {
    String s = new String(chunked, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < s.length()) {
      int eol = s.indexOf("\r\n", at);
      int size = Integer.parseInt(s.substring(at, eol).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(s, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void staticFiles_traversalAttempts_400Or404AndNoFileContent() throws Exception {
    assertThat(get("/").status()).isEqualTo(200);
    assertThat(get("/app.js").status()).as("the page's own files are served").isEqualTo(200);
    List<String> attempts = List.of("/../pom.xml", "/..%2f..%2fpom.xml", "/%2e%2e/%2e%2e/etc/passwd",
        "/static/../../etc/passwd", "/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%2fopenapi.json",
        "/..%2fApiServer.class", "/%2e%2e/ApiServer.class", "/..;/ApiServer.class", "/..%5cApiServer.class",
        "/%252e%252e/%252e%252e/etc/passwd", "/./app.js/../../ApiServer.class", "/webjars/../../ApiServer.class",
        "/webjars/..%2f..%2fApiServer.class", "/org/attache/server/ApiServer.class", "/app.js%00.png",
        "/..%c0%af..%c0%afetc/passwd", "//etc/passwd", "/file:/etc/passwd",
        "/api/documents/..%2f..%2f..%2fetc%2fpasswd", "/api/events/..%2f..%2fpom.xml",
        "/api/dyads/..%2f..%2f/etc/timeline", "/api/..%2fopenapi.json/../../ApiServer.class");
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (String path : attempts) {
      Response r = get(path);
      statuses.merge(r.status(), 1, Integer::sum);
      assertThat(r.status()).as(path + "\n" + r.head()).isIn(400, 404);
      assertThat(r.text()).as(path)
          .doesNotContain("root:x:0:0", "<project", "\"openapi\"", "package org.attache")
          .doesNotContain("\u00ca\u00fe\u00ba\u00be"); // a class file's magic number
      if (path.startsWith("/api/") && r.head().contains("application/json")) {
        assertThat(JSON.readTree(r.body()).get("code").asText()).as(path).isIn("not_found", "bad_request");
      }
    }
    System.out.printf("SecurityTest: %d traversal attempts, answered (status=count) %s, no file content%n",
        attempts.size(), statuses);
  }

  /** Classic injections, each sent as the value of every parameter. */
  private static final List<String> PAYLOADS = List.of("' OR 1=1 --", "' OR '1'='1", "1; DROP TABLE events",
      "1'; DROP TABLE events; --", "%27", "\u2019 OR \u20181\u2019=\u20181", "\" OR \"\"=\"", "') OR ('a'='a",
      "1 UNION SELECT record FROM events --", "IRN' UNION SELECT doc_key FROM documents --", "\\'", "0x27", "*",
      "%", "_", "IRN%", "1)--", "\u0000", "' || pg_sleep(5) --");

  @Test
  void everyParameter_sqlInjection_400OrTheAnswerForAHarmlessValue() throws Exception {
    EventStore.Counts before = store.counts();
    List<String> tried = new ArrayList<>();
    JsonNode paths = JSON.readTree(ApiServer.openApi()).get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      JsonNode get = p.getValue().get("get");
      if (get == null || get.get("parameters") == null) {
        continue;
      }
      for (JsonNode param : get.get("parameters")) {
        String name = param.get("name").asText();
        boolean inPath = "path".equals(param.get("in").asText());
        for (String payload : PAYLOADS) {
          String harmless = harmless(name, payload);
          Response expected = get(target(p.getKey(), name, inPath, harmless));
          String target = target(p.getKey(), name, inPath, payload);
          Response r = get(target);
          tried.add(target);
          assertThat(r.status()).as(target + "\n" + r.text()).isIn(200, 400, 404);
          assertThat(r.head()).as(target).contains("application/json");
          JsonNode body = JSON.readTree(r.body());
          if (r.status() == 200) {
            assertThat(rows(body)).as(target + " answered more than '" + harmless + "' did").isLessThanOrEqualTo(
                rows(JSON.readTree(expected.body())));
          } else {
            assertThat(body.get("code").asText()).as(target).isIn("bad_request", "not_found");
            assertThat(r.text()).as(target).doesNotContain("SQL", "Exception", "\tat ", "duckdb");
          }
        }
      }
    }
    assertThat(tried).as("requests sent").hasSizeGreaterThan(20 * PAYLOADS.size());
    assertThat(store.counts()).as("every table still there, every row").isEqualTo(before);
    assertThat(JSON.readTree(get("/api/events").body()).get("total").asInt()).isEqualTo(3);
    System.out.printf("SecurityTest: %d injection requests, tables intact%n", tried.size());
  }

  /**
   * A value of the parameter that selects nothing in particular, what an injection must not
   * exceed; for a full-text query, the payload's words without its punctuation, since a search
   * rightly finds the words (IRN is an actor code).
   */
  private static String harmless(String name, String payload) {
    return switch (name) {
      case "q" -> payload.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().isEmpty() ? "nothingmatchesthis"
          : payload.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      case "limit" -> "1000";
      case "offset" -> "0";
      case "kind" -> "all";
      case "country", "a", "b" -> "XYZ";
      case "dyad" -> "XYZ,XYZ";
      case "code" -> "999";
      case "from" -> "1900";
      case "to" -> "2100";
      default -> "nothingmatchesthis";
    };
  }

  private static String target(String path, String name, boolean inPath, String value) {
    String v = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    if (inPath) {
      String filled = path.replace("{" + name + "}", v);
      return filled.replaceAll("\\{[a-z]+}", "IRN");
    }
    // A search needs a query; every other parameter is tried alone.
    String base = path.equals("/api/search") && !name.equals("q") ? path + "?q=Moscow&" : path + "?";
    return base + name + "=" + v;
  }

  /** How many items an answer holds, whatever the endpoint. */
  private static int rows(JsonNode body) {
    for (String list : List.of("events", "documents", "actors", "edges", "places", "hits", "months")) {
      if (body.has(list) && body.get(list).isArray()) {
        return body.has("total") ? body.get("total").asInt() : body.get(list).size();
      }
    }
    return body.isObject() && (body.has("event") || body.has("key")) ? 1 : 0;
  }
}
