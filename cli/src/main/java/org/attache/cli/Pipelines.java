package org.attache.cli;

import java.time.Clock;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ReaderConfig;
import org.attache.pipeline.DocumentPipeline;
import org.attache.reference.ResourceFormatException;

/** Builds the pipeline from the command line's configuration: the one place it is wired. */
final class Pipelines {
  private Pipelines() {}

  /** Codes events in dated documents: CoreNLP annotation, then the dictionary coder. */
  static java.util.function.Function<org.attache.model.DatedDocument, java.util.List<org.attache.model.Event>> events() {
    try {
      org.attache.annotate.Annotator annotator = new org.attache.nlp.CoreNlpAnnotator();
      org.attache.coding.EventExtractor extractor = new org.attache.coding.EventExtractor(
          new org.attache.coding.DependencyCoder(org.attache.coding.Dictionaries.bundled(),
              org.attache.coding.DependencyCoder.CoderConfig.DEFAULTS),
          org.attache.coding.cameo.CameoCodes.load(), org.attache.reference.Countries.load().codes());
      return doc -> doc.document().text().isBlank() ? java.util.List.of() : extractor.extract(annotator.annotate(doc));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("a bundled resource is malformed: " + e.getMessage(), e);
    }
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
