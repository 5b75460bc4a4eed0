package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.pipeline.DocumentPipeline;
import org.attache.server.ApiServer;
import org.attache.server.ServerConfig;
import org.attache.store.EventStore;
import org.attache.store.IngestOutcome;
import org.attache.store.StoreException;

/** Starting the server from the command line: its ingester, its token, and waiting for Ctrl-C. */
final class Serving {
  private Serving() {}

  /** A fresh random token, for a server started without one. */
  static String randomToken() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * What {@code POST /api/articles} runs: the document pipeline on one JSON Lines record, then the
   * coder (given, or loaded on first use) and the store.
   */
  static ApiServer.ArticleIngester ingester(EventStore store, Function<DatedDocument, List<Event>> loaded) {
    DocumentPipeline pipeline = Pipelines.documents(ReaderConfig.DEFAULT_MAX_BYTES, Clock.systemUTC());
    Function<DatedDocument, List<Event>>[] coder = new Function[] {loaded};
    return line -> {
      List<DatedDocument> docs = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      pipeline.run("article.jsonl", line.getBytes(StandardCharsets.UTF_8), new DocumentPipeline.Listener() {
        @Override
        public void document(DatedDocument document) {
          docs.add(document);
        }

        @Override
        public void diagnostic(Diagnostic diagnostic) {
          problems.add(diagnostic.message());
        }
      });
      if (docs.isEmpty() || docs.get(0).document().text().isBlank()) {
        throw new IllegalArgumentException(problems.isEmpty() ? "no article text found" : String.join("; ", problems));
      }
      DatedDocument d = docs.get(0);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("doc", d.document().id());
      if (store.contains(d.document().text())) {
        out.put("status", "duplicate");
        return out;
      }
      synchronized (coder) {
        if (coder[0] == null) {
          coder[0] = Pipelines.events();
        }
      }
      IngestOutcome o = store.add(d, coder[0].apply(d));
      out.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      out.put("key", o.key());
      out.put("duplicate_of", o.duplicateOf());
      out.put("reports", o.reports());
      out.put("new_events", o.newEvents());
      out.put("merged", o.merged());
      return out;
    };
  }

  /** Starts the server, says where, and serves until the process is stopped. */
  static void serveUntilStopped(EventStore store, ServerConfig config, Function<DatedDocument, List<Event>> coder,
      PrintStream out, PrintStream err) throws StoreException {
    ApiServer server;
    try {
      server = ApiServer.start(store, config, () -> ingester(store, coder), Clock.systemUTC());
    } catch (RuntimeException e) {
      throw new StoreOptions.StoreFailure("cannot serve on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    out.println("Serving " + store.description() + " at " + server.url() + "  (Ctrl-C to stop)");
    if (config.token() != null) {
      err.println("attache: POST /api/articles needs the header 'Authorization: Bearer " + config.token() + "'");
    }
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
