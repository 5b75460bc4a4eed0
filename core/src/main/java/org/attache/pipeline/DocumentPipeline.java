package org.attache.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ArticleSink;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Document;
import org.attache.model.RawArticle;

/**
 * Reads, cleans and dates articles, handing each dated document and each diagnostic on as soon
 * as it is ready. An exception in one article's cleaning or dating becomes a diagnostic naming
 * the article; the batch goes on.
 *
 * <p>Immutable and thread-safe when its parts are (the bundled ones are).
 */
public final class DocumentPipeline {
  private final ArticleReader reader;
  private final Cleaner cleaner;
  private final DocumentDater dater;

  public DocumentPipeline(ArticleReader reader, Cleaner cleaner, DocumentDater dater) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.dater = Objects.requireNonNull(dater, "dater");
  }

  /** Receives the pipeline's output. */
  public interface Listener {
    void document(DatedDocument document);

    void diagnostic(Diagnostic diagnostic);

    /** Called after each input file, with the number done and the total. */
    default void progress(int filesDone, int filesTotal) {}
  }

  /** The files the paths expand to, diagnostics for paths that do not exist. */
  public List<Path> files(List<Path> paths, Consumer<Diagnostic> diagnostics) {
    return reader.files(paths, new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        throw new IllegalStateException("listing files yields no articles");
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        diagnostics.accept(diagnostic);
      }
    });
  }

  /** Processes the listed files in order. */
  public void run(List<Path> files, Listener listener) {
    ArticleSink sink = sinkFor(listener);
    int done = 0;
    for (Path file : files) {
      reader.read(file, sink);
      listener.progress(++done, files.size());
    }
  }

  /** Processes one in-memory file (the bundled sample, an upload). */
  public void run(String name, byte[] bytes, Listener listener) {
    reader.read(name, name, bytes, sinkFor(listener));
  }

  /**
   * Processes one file read from a stream (a Hadoop file system's): WARC files record by record,
   * others whole.
   *
   * @param size the file's length as listed, which the size limit is checked against before reading
   */
  public void run(String name, String origin, long size, ArticleReader.Source source, Listener listener) {
    reader.read(name, origin, size, source, sinkFor(listener));
  }

  private ArticleSink sinkFor(Listener listener) {
    return new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        DatedDocument dated = process(article, listener);
        if (dated != null) {
          listener.document(dated);
        }
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        listener.diagnostic(diagnostic);
      }
    };
  }

  private DatedDocument process(RawArticle article, Listener listener) {
    try {
      Document doc = cleaner.clean(article);
      if (doc.text().isBlank()) {
        listener.diagnostic(Diagnostic.of("clean", article.origin(), "no article text found"));
      }
      return new DatedDocument(doc, dater.date(doc));
    } catch (RuntimeException e) {
      // A defect must not cost the rest of the batch; report it with the article it broke on.
      listener.diagnostic(Diagnostic.of("clean", article.origin(), "internal error: " + e));
      return null;
    } catch (StackOverflowError e) {
      // A library recursing over a pathological page; the thread's stack is whole again here.
      listener.diagnostic(Diagnostic.of("clean", article.origin(), "the page is nested too deeply to read"));
      return null;
    }
  }
}
