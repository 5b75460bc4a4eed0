package org.attache.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.attache.format.EventJson;
import org.attache.model.StoredEvent;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.SearchIndex;
import org.attache.store.StoreException;
import org.attache.store.StoredDocument;

/** The API's endpoints; see {@code openapi.json} for their parameters and answers. */
final class Routes {
  /** The most items one page of a list returns. */
  static final int MAX_PAGE = 1000;

  private final EventStore store;
  private final Supplier<ApiServer.ArticleIngester> ingester;
  private final ObjectMapper json;
  private final Object writeLock = new Object();

  Routes(EventStore store, Supplier<ApiServer.ArticleIngester> ingester, ObjectMapper json) {
    this.store = store;
    this.ingester = ingester;
    this.json = json;
  }

  void register(Javalin app) {
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(ApiServer.openApi()));
    app.get("/api/health", ctx -> {
      EventStore.Counts c = store.counts();
      respond(ctx, Map.of("status", "ok", "documents", c.documents(), "events", c.events()));
    });
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", this::event);
    app.get("/api/documents", this::documents);
    app.get("/api/documents/{key}", this::document);
    app.get("/api/actors", ctx -> respond(ctx, Map.of("actors", store.actors(limit(ctx, 100)))));
    app.get("/api/dyads/{a}/{b}/timeline", this::timeline);
    app.get("/api/network", ctx -> respond(ctx, Map.of("edges", store.network(query(ctx), limit(ctx, 200)))));
    app.get("/api/places", ctx -> respond(ctx, Map.of("places", store.places(query(ctx), limit(ctx, 500)))));
    app.get("/api/search", this::search);
    app.post("/api/articles", this::ingest);
  }

  private void events(Context ctx) throws StoreException {
    EventQuery q = query(ctx).page(limit(ctx, 50), offset(ctx));
    long total = store.count(q);
    List<StoredEvent> events = store.events(q);
    StringBuilder body = new StringBuilder("{\"total\":").append(total).append(",\"limit\":").append(q.limit())
        .append(",\"offset\":").append(q.offset()).append(",\"events\":[");
    for (int i = 0; i < events.size(); i++) {
      body.append(i > 0 ? "," : "").append(EventJson.write(events.get(i)));
    }
    ctx.contentType("application/json").result(body.append("]}").toString());
  }

  private void event(Context ctx) throws StoreException, JsonProcessingException {
    StoredEvent e = store.event(ctx.pathParam("id"))
        .orElseThrow(() -> new ApiError(404, "not_found", "no event with id '" + ctx.pathParam("id") + "'", null));
    ObjectNode body = json.createObjectNode();
    body.set("event", json.readTree(EventJson.write(e)));
    List<Object> docs = new ArrayList<>();
    for (String doc : e.mentions().stream().map(StoredEvent.Mention::doc).distinct().toList()) {
      store.document(doc).ifPresent(d -> docs.add(documentJson(d, true)));
    }
    body.set("documents", json.valueToTree(docs));
    ctx.contentType("application/json").result(json.writeValueAsString(body));
  }

  private void documents(Context ctx) throws StoreException {
    List<Object> docs = new ArrayList<>();
    for (StoredDocument d : store.documents(limit(ctx, 50), offset(ctx))) {
      docs.add(documentJson(d, false));
    }
    respond(ctx, Map.of("documents", docs));
  }

  private void document(Context ctx) throws StoreException {
    StoredDocument d = store.document(ctx.pathParam("key"))
        .orElseThrow(() -> new ApiError(404, "not_found", "no document '" + ctx.pathParam("key") + "'", null));
    respond(ctx, documentJson(d, true));
  }

  private void timeline(Context ctx) throws StoreException {
    String a = country(ctx.pathParam("a"));
    String b = country(ctx.pathParam("b"));
    respond(ctx, Map.of("dyad", List.of(a, b), "months", store.timeline(a, b)));
  }

  private void search(Context ctx) throws StoreException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiError.badRequest("search needs a query: ?q=words");
    }
    String kind = ctx.queryParamAsClass("kind", String.class).getOrDefault("all");
    SearchIndex.Kind k = switch (kind) {
      case "documents" -> SearchIndex.Kind.DOCUMENT;
      case "events" -> SearchIndex.Kind.EVENT;
      case "all" -> null;
      default -> throw ApiError.badRequest("kind must be documents, events or all, was '" + kind + "'");
    };
    List<SearchIndex.Hit> hits;
    try {
      hits = store.search(q, k, limit(ctx, 20));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    List<Object> out = new ArrayList<>();
    for (SearchIndex.Hit h : hits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", h.kind() == SearchIndex.Kind.DOCUMENT ? "document" : "event");
      m.put("id", h.id());
      if (h.kind() == SearchIndex.Kind.DOCUMENT) {
        store.document(h.id()).ifPresent(d -> {
          m.put("doc", d.doc());
          m.put("title", d.title());
        });
      }
      m.put("score", Math.round(h.score() * 1000) / 1000.0);
      m.put("snippet", h.snippet());
      out.add(m);
    }
    respond(ctx, Map.of("query", q, "hits", out));
  }

  private void ingest(Context ctx) throws StoreException {
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object: {\"text\" or \"html\", \"id\"?, \"url\"?, \"published\"?, \"title\"?}");
    }
    if (!body.hasNonNull("text") && !body.hasNonNull("html")) {
      throw ApiError.badRequest("the article needs \"text\" or \"html\"");
    }
    ObjectNode line = ((ObjectNode) body).deepCopy();
    if (!line.hasNonNull("id")) {
      line.put("id", "api-" + Integer.toHexString(ctx.body().hashCode()));
    }
    ApiServer.ArticleIngester in = ingester == null ? null : ingester.get();
    if (in == null) {
      throw new ApiError(503, "unavailable", "this server does not ingest articles", null);
    }
    Map<String, Object> result;
    synchronized (writeLock) {
      try {
        result = in.ingest(line.toString());
      } catch (IllegalArgumentException e) {
        throw new ApiError(422, "unreadable", e.getMessage(), null);
      }
    }
    ctx.status("added".equals(result.get("status")) ? 201 : 200);
    respond(ctx, result);
  }

  private Map<String, Object> documentJson(StoredDocument d, boolean withText) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", d.key());
    m.put("doc", d.doc());
    m.put("title", d.title());
    m.put("url", d.url());
    m.put("published", d.published());
    m.put("published_range", d.publishedFrom() == null ? null : List.of(d.publishedFrom(), d.publishedTo()));
    m.put("published_basis", d.publishedBasis());
    m.put("language", d.language());
    m.put("duplicate_of", d.duplicateOf());
    m.put("events", d.events());
    if (withText) {
      m.put("text", d.text());
    }
    return m;
  }

  /** The event filters of a request's query string. */
  private EventQuery query(Context ctx) throws StoreException {
    EventQuery q = EventQuery.all();
    try {
      q = q.withActor(ctx.queryParam("actor")).withCode(code(ctx.queryParam("code")));
      String country = ctx.queryParam("country");
      q = q.withCountry(country == null ? null : country(country));
      String dyad = ctx.queryParam("dyad");
      if (dyad != null) {
        String[] parts = dyad.split(",", -1);
        if (parts.length != 2) {
          throw ApiError.badRequest("dyad takes two countries separated by a comma, like IRN,RUS; was '" + dyad + "'");
        }
        q = q.withDyad(country(parts[0]), country(parts[1]));
      }
      String from = ctx.queryParam("from");
      String to = ctx.queryParam("to");
      q = q.between(from == null ? null : EventQuery.bound(from, false), to == null ? null : EventQuery.bound(to, true));
      String text = ctx.queryParam("q");
      if (text != null && !text.isBlank()) {
        q = q.withIds(store.searchEvents(text, EventQuery.MAX_LIMIT));
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    return q;
  }

  private static String country(String value) {
    String c = value.strip().toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z]{3}([A-Z]{3,6})?")) {
      throw ApiError.badRequest("not a country code: '" + value + "' (expected ISO 3166 alpha-3 like IRN, or an IGO code like IGOUNO)");
    }
    return c;
  }

  private static String code(String value) {
    if (value != null && !value.strip().matches("\\d{1,4}")) {
      throw ApiError.badRequest("not a CAMEO code prefix: '" + value + "' (expected digits, like 04 or 057)");
    }
    return value == null ? null : value.strip();
  }

  private static int limit(Context ctx, int fallback) {
    return bounded(ctx, "limit", fallback, 1, MAX_PAGE);
  }

  private static int offset(Context ctx) {
    return bounded(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  private static int bounded(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number, was '" + v + "'");
    }
  }

  private void respond(Context ctx, Object body) {
    try {
      ctx.contentType("application/json").result(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
