package org.attache.cli;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.pipeline.DocumentPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache extract}: reads articles and writes cleaned documents or events, storing nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Read files or folders of articles and write events or cleaned documents, storing nothing.")
final class ExtractCommand extends IoCommand implements Callable<Integer> {
  enum Emit {
    events,
    documents,
    /** The annotator's sentences as CoNLL-U, to see why a sentence was or was not coded. */
    conllu
  }

  @Option(names = "--emit", defaultValue = "events", description = "events, documents or conllu (default: ${DEFAULT-VALUE})")
  Emit emit;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or table (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path outFile;

  @Option(names = "--max-bytes", defaultValue = "" + ReaderConfig.DEFAULT_MAX_BYTES,
      description = "skip files larger than this (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .jsonl, .warc, .warc.gz)")
  List<Path> paths;


  @Override
  public Integer call() throws FileNotFoundException {
    DocumentWriter.Format fmt = parseFormat(format);
    if (maxBytes <= 0) {
      throw new Main.UsageException("--max-bytes must be positive, was " + maxBytes);
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new Main.UsageException("no such file or directory: '" + p + "'");
      }
    }
    DocumentPipeline pipeline = Pipelines.documents(maxBytes, Clock.systemUTC());
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = pipeline.files(paths, problems::add);
    Progress progress = new Progress(err, interactive, "extract", files.size());
    if (emit == Emit.events && interactive) {
      err.println("attache: loading the language models (about 15 seconds)...");
    }
    var coder = emit == Emit.events ? Pipelines.events() : null;
    var annotator = emit == Emit.conllu ? new CoreNlpAnnotator() : null;
    try (PrintStream sink = outFile == null ? null : new PrintStream(new FileOutputStream(outFile.toFile()), false, StandardCharsets.UTF_8)) {
      PrintStream target = sink == null ? out : sink;
      DocumentWriter writer = new DocumentWriter(target, fmt);
      EventWriter events = new EventWriter(target, fmt);
      pipeline.run(files, new DocumentPipeline.Listener() {
        @Override
        public void document(DatedDocument document) {
          if (coder != null) {
            try {
              coder.apply(document).forEach(events::write);
            } catch (RuntimeException e) {
              // One article that breaks the annotator or coder must not cost the batch.
              diagnostic(Diagnostic.of("code", document.document().origin(), "event coding failed: " + e));
            }
          } else if (annotator != null) {
            Conllu.write(target, annotator.annotate(document));
          } else {
            writer.write(document);
          }
        }

        @Override
        public void diagnostic(Diagnostic diagnostic) {
          progress.clear();
          err.println("attache: " + diagnostic);
          problems.add(diagnostic);
        }

        @Override
        public void progress(int done, int total) {
          progress.update(done, total);
        }
      });
      progress.clear();
      (sink == null ? out : sink).flush();
    }
    return problems.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
  }

  static DocumentWriter.Format parseFormat(String format) {
    return switch (format) {
      case "jsonl" -> DocumentWriter.Format.JSONL;
      case "csv" -> DocumentWriter.Format.CSV;
      case "table" -> DocumentWriter.Format.TABLE;
      default -> throw new Main.UsageException("unknown format '" + format + "' (expected jsonl, csv or table)");
    };
  }
}
