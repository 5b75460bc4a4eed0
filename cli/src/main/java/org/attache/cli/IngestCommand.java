package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.pipeline.DocumentPipeline;
import org.attache.pipeline.InOrder;
import org.attache.store.EventStore;
import org.attache.store.IngestOutcome;
import org.attache.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache ingest}: reads, codes and stores articles. Articles whose text is already
 * stored are skipped before the expensive annotation, so re-running an ingest after an
 * interruption only does the work that is left. A PostgreSQL server lost mid-run is reconnected
 * to for up to {@code --retry-for} seconds, and the interrupted article written again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Add articles to the store, idempotently: the same article twice is stored once.")
final class IngestCommand extends IoCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .jsonl, .warc, .warc.gz)")
  List<Path> paths;

  @Option(names = {"-v", "--verbose"}, description = "say what happened to each article as it is stored")
  boolean verbose;

  @Option(names = "--keep-untargeted",
      description = "keep verbal events without a target (\"the ministry said ...\", \"X appealed for calm\"), "
          + "left out by default")
  boolean keepUntargeted;

  @Option(names = "--retry-for", paramLabel = "SECONDS", defaultValue = "30",
      description = "when the connection to a PostgreSQL server is lost, try to reconnect for this long before "
          + "stopping (default: ${DEFAULT-VALUE})")
  int retrySeconds;

  @Option(names = "--threads", paramLabel = "N",
      description = "documents annotated at once; they are stored one at a time, in input order (default: one per "
          + "processor, at most 8; here ${DEFAULT-VALUE})")
  int threads = Pipelines.defaultThreads();

  /** Tallies of one run, for the summary line. */
  static final class Tally {
    int added;
    int duplicates;
    int reposts;
    int reports;
    int newEvents;
    int merged;
  }

  @Override
  public Integer call() {
    if (retrySeconds < 0) {
      throw new Main.UsageException("--retry-for must not be negative, was " + retrySeconds);
    }
    if (threads < 1) {
      throw new Main.UsageException("--threads must be at least 1, was " + threads);
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new Main.UsageException("no such file or directory: '" + p + "'");
      }
    }
    DocumentPipeline pipeline = Pipelines.documents(ReaderConfig.DEFAULT_MAX_BYTES, Clock.systemUTC());
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = pipeline.files(paths, d -> report(d, problems));
    Tally tally = new Tally();
    try (EventStore db = store.open()) {
      Progress progress = new Progress(err, interactive, "ingest", files.size());
      try (Writer writer = new Writer(db, tally, problems, progress)) {
        pipeline.run(files, writer);
        writer.finish();
        progress.clear();
        if (writer.fatal != null) {
          err.println("attache: " + writer.fatal.getMessage());
          err.println("attache: stopped; run the same command again to finish: what is stored is kept and nothing is stored twice.");
        }
        if (db.searchProblem() != null) {
          err.println("attache: warning: " + db.searchProblem());
        }
        err.printf("attache: %d added, %d already stored, %d re-posts linked; %d event reports: %d new events, %d merged "
                + "into stored ones%n", tally.added, tally.duplicates, tally.reposts, tally.reports, tally.newEvents,
            tally.merged);
        if (writer.fatal != null && writer.fatal.kind() == StoreException.Kind.UNAVAILABLE) {
          return Main.INPUT_ERRORS; // the store is out of reach: no totals to show
        }
        EventStore.Counts c = db.counts();
        err.printf("attache: %s now holds %d documents (%d re-posts), %d events from %d reports%n", db.description(),
            c.documents(), c.duplicates(), c.events(), c.mentions());
        return problems.isEmpty() && writer.fatal == null ? Main.OK : Main.INPUT_ERRORS;
      }
    } catch (StoreException e) {
      throw StoreOptions.StoreFailure.of(e);
    }
  }

  private void report(Diagnostic d, List<Diagnostic> problems) {
    err.println("attache: " + d);
    problems.add(d);
  }

  /** A call to the store that a lost connection may interrupt. */
  @FunctionalInterface
  private interface StoreCall<T> {
    T run() throws StoreException;
  }

  /**
   * Codes and stores each document as the pipeline hands it on: the annotation on {@code
   * --threads} threads, the storing on this one, in input order.
   */
  private final class Writer implements DocumentPipeline.Listener, InOrder.Receiver<DatedDocument, List<Event>>,
      AutoCloseable {
    private final EventStore db;
    private final Tally tally;
    private final List<Diagnostic> problems;
    private final Progress progress;
    private InOrder<DatedDocument, List<Event>> coder;
    StoreException fatal;

    Writer(EventStore db, Tally tally, List<Diagnostic> problems, Progress progress) {
      this.db = db;
      this.tally = tally;
      this.problems = problems;
      this.progress = progress;
    }

    @Override
    public void document(DatedDocument document) {
      if (fatal != null || document.document().text().isBlank()) {
        return;
      }
      try {
        if (retrying(() -> db.contains(document.document().text()))) {
          tally.duplicates++;
          if (verbose) {
            progress.clear();
            err.printf("attache: %s: already stored%n", document.document().origin());
          }
          return;
        }
      } catch (StoreException e) {
        failed(document, e);
        return;
      }
      coder().submit(document);
    }

    /** Stores a coded document. */
    @Override
    public void result(DatedDocument document, List<Event> events) {
      if (fatal != null) {
        return;
      }
      try {
        IngestOutcome o = retrying(() -> db.add(document, events));
        switch (o.status()) {
          case ADDED -> tally.added++;
          case DUPLICATE -> tally.duplicates++;
          case NEAR_DUPLICATE -> tally.reposts++;
        }
        if (verbose) {
          progress.clear();
          err.printf("attache: %s: %s, %d event reports (%d new events, %d merged)%n", document.document().origin(),
              o.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), o.reports(), o.newEvents(), o.merged());
        }
        tally.reports += o.reports();
        tally.newEvents += o.newEvents();
        tally.merged += o.merged();
      } catch (StoreException e) {
        failed(document, e);
      }
    }

    @Override
    public void failure(DatedDocument document, RuntimeException e) {
      // Not stored, so that a re-run tries it again rather than keeping it without events.
      diagnostic(Diagnostic.of("code", document.document().origin(), "event coding failed, not stored: " + e));
    }

    private void failed(DatedDocument document, StoreException e) {
      if (e.kind() == StoreException.Kind.FAILED) {
        diagnostic(Diagnostic.of("store", document.document().origin(), e.getMessage()));
      } else {
        fatal = e; // a full disk or a lost server: every further write would fail the same way
        close(); // and the documents still being annotated could not be stored: stop them
      }
    }

    /** Waits for the documents still being annotated and stores them. */
    void finish() {
      if (coder != null) {
        coder.finish();
      }
    }

    @Override
    public void close() {
      if (coder != null) {
        coder.close();
      }
    }

    /**
     * Runs a store call; when the server's connection was lost, reconnects (waiting up to {@code
     * --retry-for}) and runs it once more.
     */
    private <T> T retrying(StoreCall<T> call) throws StoreException {
      try {
        return call.run();
      } catch (StoreException e) {
        if (e.kind() != StoreException.Kind.UNAVAILABLE || retrySeconds == 0) {
          throw e;
        }
        progress.clear();
        err.println("attache: " + e.getMessage() + "; reconnecting for up to " + retrySeconds + " s");
        try {
          db.reconnect(Duration.ofSeconds(retrySeconds), m -> err.println("attache: " + m));
        } catch (StoreException gone) {
          throw new StoreException(StoreException.Kind.UNAVAILABLE, e.getMessage() + "; " + gone.getMessage(), gone);
        }
        err.println("attache: reconnected to " + db.description() + "; carrying on");
        return call.run();
      }
    }

    private InOrder<DatedDocument, List<Event>> coder() {
      if (coder == null) {
        progress.clear();
        if (interactive) {
          err.println("attache: loading the language models (about 15 seconds)...");
        }
        coder = new InOrder<>(threads, "attache-annotate", Pipelines.events(keepUntargeted), this);
      }
      return coder;
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      progress.clear();
      report(diagnostic, problems);
    }

    @Override
    public void progress(int done, int total) {
      progress.update(done, total);
    }
  }
}
