package org.attache.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.attache.store.EventStore;
import org.attache.store.StoreException;

/**
 * The REST API and the web page over one store. Reads are open on loopback (by default), writes
 * need the token; every error is JSON {@code {code, message, details}} and no stack trace reaches
 * a client. Requests are limited in size and, per client address, in rate.
 *
 * <p>Thread-safe: Jetty serves requests on many threads; the store reads on a connection per
 * thread and writes one article at a time.
 */
public final class ApiServer implements AutoCloseable {
  /** The API's JSON: snake_case field names, as CONTRACT.md's records have. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final ServerConfig config;

  private ApiServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /**
   * Starts serving.
   *
   * @param ingester what {@code POST /api/articles} runs, loaded on first use (the language
   *     models are heavy); null to answer that endpoint with 503
   */
  public static ApiServer start(EventStore store, ServerConfig config, Supplier<ArticleIngester> ingester, Clock clock) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/attache/server/web";
        s.location = Location.CLASSPATH;
      });
      cfg.staticFiles.enableWebjars();
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    });
    Routes routes = new Routes(store, ingester, JSON);
    RateLimiter limiter = new RateLimiter(config.requestsPerMinute(), clock);
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Referrer-Policy", "no-referrer");
      if (!ctx.path().startsWith("/api/")) {
        return;
      }
      if (!limiter.allow(ctx.ip())) {
        ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
        throw new ApiError(429, "too_many_requests", "too many requests from " + ctx.ip() + "; slow down", null);
      }
      long length = ctx.contentLength();
      if (length > config.maxBodyBytes()) {
        throw new ApiError(413, "payload_too_large", "the request body is " + length + " bytes; the limit is "
            + config.maxBodyBytes(), null);
      }
      boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
      boolean open = ctx.path().equals("/api/openapi.json") || ctx.path().equals("/api/health");
      if ((write || !config.openReads()) && !open) {
        authorize(ctx, config.token(), write);
      }
    });
    routes.register(app);
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.details()));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      String code = switch (status) {
        case 400 -> "bad_request";
        case 404 -> "not_found";
        case 405 -> "method_not_allowed";
        case 413 -> "payload_too_large";
        default -> "http_" + status;
      };
      error(ctx, status, code, status == 404 ? "no such endpoint: " + ctx.method() + " " + ctx.path() : e.getMessage(), null);
    });
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 503, "store_unavailable", e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal",
        "an internal error; the server's log has the details", null));
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && !ctx.res().isCommitted() && ctx.result() == null) {
        error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path(), null);
      }
    });
    app.start(config.host(), config.port());
    return new ApiServer(app, config);
  }

  private static void authorize(Context ctx, String token, boolean write) {
    if (token == null) {
      throw new ApiError(write ? 403 : 401, "forbidden", write
          ? "this server accepts no writes: start it with a token to allow them" : "this server requires a token", null);
    }
    String given = ctx.header("Authorization");
    String expected = "Bearer " + token;
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "unauthorized", "missing or wrong token: send 'Authorization: Bearer TOKEN'", null);
    }
  }

  static void error(Context ctx, int status, String code, String message, Object details) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message == null ? "" : message);
    body.put("details", details);
    ctx.status(status);
    try {
      ctx.contentType("application/json").result(JSON.writeValueAsString(body));
    } catch (IOException e) {
      ctx.result("{\"code\":\"internal\",\"message\":\"cannot write the error\",\"details\":null}");
    }
  }

  /** The port it listens on (the one chosen when the configuration said 0). */
  public int port() {
    return app.port();
  }

  /** The page's address. */
  public String url() {
    return "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The OpenAPI description served at {@code /api/openapi.json}. */
  static String openApi() {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi.json: " + e.getMessage(), e);
    }
  }

  /** Ingests one article posted to the API. */
  public interface ArticleIngester {
    /**
     * Reads, codes and stores one article given as a JSON Lines record.
     *
     * @return what happened, as the response's fields
     * @throws IllegalArgumentException when the article cannot be read, with the reason
     */
    Map<String, Object> ingest(String jsonLine) throws StoreException;
  }
}
