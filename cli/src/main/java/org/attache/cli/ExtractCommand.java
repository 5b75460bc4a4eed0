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
import java.util.function.Function;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.pipeline.DocumentPipeline;
import org.attache.pipeline.InOrder;
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

  @Option(names = "--keep-untargeted",
      description = "keep verbal events without a target (\"the ministry said ...\", \"X appealed for calm\"), "
          + "left out by default")
  boolean keepUntargeted;

  @Option(names = "--max-bytes", defaultValue = "" + ReaderConfig.DEFAULT_MAX_BYTES,
      description = "skip files larger than this (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N",
      description = "documents annotated at once (default: one per processor, at most 8; here ${DEFAULT-VALUE})")
  int threads = Pipelines.defaultThreads();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .jsonl, .warc, .warc.gz)")
  List<Path> paths;

  @Override
  public Integer call() throws FileNotFoundException {
    DocumentWriter.Format fmt = parseFormat(format);
    if (maxBytes <= 0) {
      throw new Main.UsageException("--max-bytes must be positive, was " + maxBytes);
    }
    if (threads < 1) {
      throw new Main.UsageException("--threads must be at least 1, was " + threads);
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
    try (PrintStream sink = outFile == null ? null : new PrintStream(new FileOutputStream(outFile.toFile()), false, StandardCharsets.UTF_8)) {
      PrintStream target = sink == null ? out : sink;
      DocumentWriter writer = new DocumentWriter(target, fmt);
      EventWriter events = new EventWriter(target, fmt);
      DocumentPipeline.Listener report = new DocumentPipeline.Listener() {
        @Override
        public void document(DatedDocument document) {
          writer.write(document);
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
      };
      if (emit == Emit.documents) {
        pipeline.run(files, report);
      } else {
        // Annotation on every core; each document's output written in input order on this thread.
        Function<DatedDocument, Runnable> work;
        if (emit == Emit.events) {
          var coder = Pipelines.events(keepUntargeted);
          work = d -> {
            List<Event> found = coder.apply(d);
            return () -> found.forEach(events::write);
          };
        } else {
          var annotator = new CoreNlpAnnotator();
          work = d -> {
            var sentences = annotator.annotate(d);
            return () -> Conllu.write(target, sentences);
          };
        }
        String failed = emit == Emit.events ? "event coding failed: " : "annotation failed: ";
        try (InOrder<DatedDocument, Runnable> annotate = new InOrder<>(threads, "attache-annotate", work,
            new InOrder.Receiver<>() {
              @Override
              public void result(DatedDocument document, Runnable write) {
                write.run();
              }

              @Override
              public void failure(DatedDocument document, RuntimeException e) {
                // One article that breaks the annotator or coder must not cost the batch.
                report.diagnostic(Diagnostic.of("code", document.document().origin(), failed + e));
              }
            })) {
          pipeline.run(files, new DocumentPipeline.Listener() {
            @Override
            public void document(DatedDocument document) {
              annotate.submit(document);
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
              report.diagnostic(diagnostic);
            }

            @Override
            public void progress(int done, int total) {
              report.progress(done, total);
            }
          });
          annotate.finish();
        }
      }
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
