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

  static DocumentPipeline documents(long maxBytes, Clock clock) {
    try {
      return new DocumentPipeline(new ArticleReader(new ReaderConfig(maxBytes)), new Cleaner(),
          DocumentDater.withBundledData(clock));
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("a bundled resource is malformed: " + e.getMessage(), e);
    }
  }
}
