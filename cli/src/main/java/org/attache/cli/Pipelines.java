package org.attache.cli;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.attache.annotate.Annotator;
import org.attache.clean.Cleaner;
import org.attache.resolve.EventResolver;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Event;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;
import org.attache.pipeline.DocumentPipeline;
import org.attache.reference.ResourceFormatException;

/** Builds the pipeline from the command line's configuration: the one place it is wired. */
final class Pipelines {
  private Pipelines() {}

  /** Codes events in dated documents: CoreNLP annotation, then the dictionary coder. */
  static Function<DatedDocument, List<Event>> events() {
    return events(false);
  }

  /** As {@link #events()}, keeping verbal events without a target when asked ({@code --keep-untargeted}). */
  static Function<DatedDocument, List<Event>> events(boolean keepUntargeted) {
    try {
      EventResolver extractor = EventResolver.withBundledData(keepUntargeted);
      Annotator annotator = new CoreNlpAnnotator(NlpConfig.DEFAULTS, extractor.parseFilter());
      return doc -> doc.document().text().isBlank() ? List.of() : extractor.extract(annotator.annotate(doc));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("a bundled resource is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * How many documents to annotate at once by default: one per processor, at most eight (each
   * document in flight holds its annotation in memory; the models are shared).
   */
  static int defaultThreads() {
    return Math.min(8, Runtime.getRuntime().availableProcessors());
  }

  static DocumentPipeline documents(long maxBytes, Clock clock) {
    try {
      return new DocumentPipeline(new ArticleReader(new ReaderConfig(maxBytes)), new Cleaner(),
          DocumentDater.withBundledData(clock));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("a bundled resource is malformed: " + e.getMessage(), e);
    }
  }
}
