package org.attache.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Document;
import org.attache.model.RawArticle;
import org.attache.pipeline.DocumentPipeline;
import org.attache.reference.ResourceFormatException;
import org.attache.sample.Sample;

/**
 * The benchmark's documents, read, cleaned and dated by core's stages as the flow would: the
 * bundled sample and the Wikinews CSV files ({@code url,date,title,text}). Not thread-safe.
 */
public final class BenchmarkCorpus {
  private final Cleaner cleaner = new Cleaner();
  private final DocumentDater dater;
  private final Consumer<Diagnostic> diagnostics;

  public BenchmarkCorpus(Clock clock, Consumer<Diagnostic> diagnostics) throws ResourceFormatException {
    this.dater = DocumentDater.withBundledData(clock);
    this.diagnostics = diagnostics;
  }

  /** The bundled sample, every format, through the document pipeline. */
  public List<DatedDocument> sample() {
    DocumentPipeline pipeline = new DocumentPipeline(new ArticleReader(ReaderConfig.DEFAULTS), cleaner, dater);
    List<DatedDocument> out = new ArrayList<>();
    DocumentPipeline.Listener listener = new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument document) {
        out.add(document);
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        diagnostics.accept(diagnostic);
      }
    };
    for (Sample.File f : Sample.files()) {
      pipeline.run(f.name(), f.bytes(), listener);
    }
    return out;
  }

  /** Every article of the folder's {@code *.csv} files in name order, at most {@code limit}. */
  public List<DatedDocument> wikinews(Path folder, int limit) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> csvs = Files.newDirectoryStream(folder, "*.csv")) {
      csvs.forEach(files::add);
    }
    files.sort(null);
    List<DatedDocument> out = new ArrayList<>();
    for (Path file : files) {
      List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
      for (int i = 1; i < rows.size() && out.size() < limit; i++) {
        article(file, i, rows.get(i)).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<DatedDocument> article(Path file, int row, List<String> fields) {
    String origin = file.getFileName() + ":" + row;
    if (fields.size() != 4) {
      diagnostics.accept(Diagnostic.of("read", origin, "expected 4 fields, found " + fields.size()));
      return Optional.empty();
    }
    RawArticle raw = new RawArticle(origin, origin, RawArticle.Kind.TEXT, fields.get(3), fields.get(0),
        fields.get(2), fields.get(1), null);
    Document doc = cleaner.clean(raw);
    return Optional.of(new DatedDocument(doc, dater.date(doc)));
  }

  /** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c != '"') {
            field.append(c);
          } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else if (c != '\r') {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
