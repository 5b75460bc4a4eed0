package org.attache.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.pipeline.DocumentPipeline;

/**
 * Runs reading, cleaning and dating on the files named by its arguments and prints one line per
 * document ({@code document ORIGIN CHARS}) or diagnostic ({@code diagnostic ORIGIN: MESSAGE}), for
 * {@link HugeFileTest} to run in a JVM with a small heap.
 */
final class HugeFileProbe {
  private HugeFileProbe() {}

  public static void main(String[] args) throws Exception {
    DocumentPipeline pipeline = new DocumentPipeline(new ArticleReader(ReaderConfig.DEFAULTS), new Cleaner(),
        DocumentDater.withBundledData(Clock.systemUTC()));
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.add(Path.of(a));
    }
    pipeline.run(files, new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument d) {
        System.out.println("document " + d.document().origin() + " " + d.document().text().length());
      }

      @Override
      public void diagnostic(Diagnostic d) {
        System.out.println("diagnostic " + d.origin() + ": " + d.message());
      }
    });
    Runtime r = Runtime.getRuntime();
    System.out.println("heap " + (r.totalMemory() - r.freeMemory()) / (1 << 20) + " MiB used of " + r.maxMemory() / (1 << 20));
  }
}
