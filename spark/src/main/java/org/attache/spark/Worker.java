package org.attache.spark;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;
import org.attache.sample.Sample;
import org.attache.pipeline.DocumentPipeline;
import org.attache.reference.ResourceFormatException;
import org.attache.resolve.EventResolver;

/**
 * The pipeline one executor runs: built once per JVM (the language models load once and are
 * shared by the executor's tasks), wired exactly as {@code extract} wires it.
 *
 * <p>Thread-safe: the parts are.
 */
final class Worker {
  /**
   * How many times the warm-up reads the sample: once loads the models, but the JIT compiler
   * then still takes half a core for the next half minute (measured with JFR on local[1]).
   */
  private static final int WARM_UP_ROUNDS = 3;

  private static Worker shared;

  private final DocumentPipeline documents;
  private final CoreNlpAnnotator annotator;
  private final EventResolver resolver;
  private boolean warm;

  private Worker() {
    try {
      documents = new DocumentPipeline(new ArticleReader(new ReaderConfig(ReaderConfig.DEFAULT_MAX_BYTES)), new Cleaner(),
          DocumentDater.withBundledData(Clock.systemUTC()));
      resolver = EventResolver.withBundledData();
      annotator = new CoreNlpAnnotator(NlpConfig.DEFAULTS, resolver.parseFilter());
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("a bundled resource is malformed: " + e.getMessage(), e);
    }
  }

  /** This JVM's worker. */
  static synchronized Worker get() {
    if (shared == null) {
      shared = new Worker();
    }
    return shared;
  }

  /**
   * Loads the language models and warms the code up on the bundled sample articles, a few
   * seconds a round, so that the first real files neither wait for the models nor run while the
   * JIT compiler takes a core.
   */
  synchronized void warmUp() {
    if (warm) {
      return; // once per JVM: a driver that runs several jobs warms up for the first
    }
    warm = true;
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Sample.File f : Sample.files()) {
        process(f.name(), "warm-up/" + f.name(), f.bytes().length, () -> new ByteArrayInputStream(f.bytes()));
      }
    }
  }

  /** What one file gave: its documents, their events, and what went wrong. */
  record Output(List<DatedDocument> documents, List<Event> events, List<Diagnostic> diagnostics) {}

  /**
   * Reads, cleans, dates and codes one file's articles; a failure is a diagnostic, never an
   * exception.
   *
   * @param size the file's length as listed, checked against the size limit before reading
   */
  Output process(String name, String origin, long size, ArticleReader.Source source) {
    List<DatedDocument> docs = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    documents.run(name, origin, size, source, new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument document) {
        docs.add(document);
        if (document.document().text().isBlank()) {
          return;
        }
        try {
          events.addAll(resolver.extract(annotator.annotate(document)));
        } catch (RuntimeException e) {
          problems.add(Diagnostic.of("code", origin, "event coding failed: " + e));
        }
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        problems.add(diagnostic);
      }
    });
    return new Output(docs, events, problems);
  }
}
