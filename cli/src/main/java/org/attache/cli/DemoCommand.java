package org.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.model.Publication;
import org.attache.model.StoredEvent;
import org.attache.pipeline.DocumentPipeline;
import org.attache.sample.Sample;
import org.attache.server.ServerConfig;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.attache.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attache demo}: runs the pipeline on the bundled sample, stores it in a fresh embedded store
 * prints the documents and the merged event timeline, and serves the page over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Attaché on its bundled sample articles and print a short timeline.")
final class DemoCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "attache-data/demo",
      description = "the demo's own store folder, emptied first (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--port", defaultValue = "8080", description = "where to serve the page (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--no-serve", description = "print the timeline and stop, without serving the page")
  boolean noServe;

  @Override
  public Integer call() {
    DocumentPipeline pipeline = Pipelines.documents(ReaderConfig.DEFAULT_MAX_BYTES, Clock.systemUTC());
    List<DatedDocument> docs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    DocumentPipeline.Listener listener = new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument document) {
        docs.add(document);
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        err.println("attache: " + diagnostic);
        problems.add(diagnostic);
      }
    };
    List<Sample.File> files = Sample.files();
    for (Sample.File f : files) {
      pipeline.run(f.name(), f.bytes(), listener);
    }
    docs.sort(Comparator.comparing(DemoCommand::sortKey));
    out.println("Attaché demo: " + docs.size() + " articles from " + files.size() + " bundled sample files");
    out.println();
    out.printf("%-23s %-11s %s%n", "PUBLISHED", "BASIS", "TITLE / FIRST WORDS");
    for (DatedDocument d : docs) {
      Publication p = d.publication();
      out.printf("%-23s %-11s %s%n", DocumentWriter.when(p), p.basis() == null ? "-" : p.basis().label(), headline(d));
    }
    int removed = docs.stream().mapToInt(d -> d.document().removed().size()).sum();
    out.println();
    out.println(removed + " lines of boilerplate removed (teaser headlines, share prompts, cookie banners, site names, agency codes).");
    out.println();
    if (interactive) {
      err.println("attache: loading the language models (about 15 seconds)...");
    }
    var coder = Pipelines.events();
    try (EventStore store = freshStore()) {
      for (DatedDocument d : docs) {
        store.add(d, coder.apply(d));
      }
      List<StoredEvent> events = store.events(EventQuery.all());
      EventStore.Counts c = store.counts();
      out.println("Event timeline: " + events.size() + " events, merged across articles");
      out.printf("%-10s %-5s %-8s %-26s %-4s %s%n", "DATE", "CODE", "PLOVER", "SOURCE -> TARGET", "SRCS", "EVIDENCE");
      for (StoredEvent s : events) {
        Event e = s.event();
        String dyad = e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code());
        out.printf("%-10s %-5s %-8s %-26s %-4d %s%n", e.date() == null ? "-" : e.date(), e.code(),
            e.plover() == null ? "-" : DocumentWriter.clip(e.plover(), 8), DocumentWriter.clip(dyad, 26), s.sources(),
            DocumentWriter.clip(e.sentence(), 70));
      }
      out.println();
      out.printf("Stored: %d documents, %d events from %d reports, in %s%n", c.documents(), c.events(), c.mentions(),
          store.description());
      out.println("Query it: ./attache events --db jdbc:duckdb:" + data.resolve(StoreConfig.EMBEDDED_FILE)
          + " --dyad IRN,RUS --format table");
      if (!noServe) {
        out.println();
        Serving.serveUntilStopped(store, new ServerConfig(ServerConfig.LOOPBACK, port, Serving.randomToken(), true,
            2L * 1024 * 1024, 6_000), coder, out, err);
      }
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    } catch (StoreException e) {
      throw StoreOptions.StoreFailure.of(e);
    }
    return problems.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
  }

  /** A new, empty embedded store in the demo's folder: the demo always starts from nothing. */
  private EventStore freshStore() throws StoreException {
    try {
      if (Files.exists(data)) {
        try (var entries = Files.list(data)) {
          List<String> foreign = entries.map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith(StoreConfig.EMBEDDED_FILE) && !n.equals("search")).toList();
          if (!foreign.isEmpty()) {
            // Never delete what the demo did not make: a mistyped --data must not cost anyone files.
            throw new Main.UsageException("the demo's folder '" + data + "' holds files that are not a demo store ("
                + String.join(", ", foreign.subList(0, Math.min(3, foreign.size()))) + "); choose another --data");
          }
        }
        try (var walk = Files.walk(data)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.FAILED, "cannot clear the demo's folder " + data + ": " + e.getMessage(), e);
    }
    return EventStore.open(StoreConfig.embedded(data), Clock.systemUTC());
  }

  private static String sortKey(DatedDocument d) {
    Publication p = d.publication();
    return p.published() != null ? p.published().toString() : p.range() != null ? p.range().start().toString() : "9999";
  }

  private static String headline(DatedDocument d) {
    String t = d.document().title();
    if (t == null || t.isBlank()) {
      String text = d.document().text();
      t = text.length() > 70 ? text.substring(0, 69) + "…" : text;
    }
    return DocumentWriter.clip(t, 90);
  }
}
