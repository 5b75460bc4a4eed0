package org.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.attache.coding.DictionaryFormatException;
import org.attache.eval.DatesEval;
import org.attache.eval.EvalReport;
import org.attache.eval.EventsEval;
import org.attache.eval.ExtractionEval;
import org.attache.eval.MergeEval;
import org.attache.eval.PetrarchEval;
import org.attache.eval.PlacesEval;
import org.attache.eval.TempevalEval;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Publication;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.reference.ResourceFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache eval SUITE PATH}: runs a public evaluation suite and prints its scores. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Run an evaluation suite (extraction, dates, petrarch, tempeval, places, merge, events) and print its scores.")
final class EvalCommand extends IoCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SUITE", description = "extraction, dates, petrarch, tempeval, places, merge or events")
  String suite;

  @Parameters(index = "1", paramLabel = "PATH", description = "the suite's folder, e.g. ../shared/data/extraction/scrapinghub")
  Path path;

  @Option(names = "--gold-parses-only",
      description = "petrarch: code the suite's own UD parses only, not also its raw text through Attaché's parser")
  boolean goldOnly;


  @Override
  public Integer call() throws IOException, ResourceFormatException, DictionaryFormatException {
    if (!Files.exists(path)) {
      throw new Main.UsageException("no such file or folder: '" + path + "'");
    }
    EvalReport report;
    try {
      switch (suite) {
        case "extraction" -> {
          ExtractionEval eval = new ExtractionEval();
          report = withProgress(eval.size(path), progress -> eval.run(path, progress));
        }
        case "dates" -> {
          DatesEval eval = DatesEval.withBundledData();
          report = withProgress(eval.size(path), progress -> eval.run(path, progress));
        }
        case "petrarch" -> {
          PetrarchEval eval = new PetrarchEval();
          PetrarchEval.Parser parser = goldOnly ? null : ownParser();
          report = withProgress(eval.size(path), progress -> eval.run(path, progress, parser));
        }
        case "tempeval" -> {
          if (interactive) {
            err.println("attache: loading the language models (about 15 seconds)...");
          }
          TempevalEval eval = new TempevalEval(new CoreNlpAnnotator());
          report = withProgress(eval.size(path), progress -> eval.run(path, progress));
        }
        case "places" -> {
          if (interactive) {
            err.println("attache: loading the language models (about 15 seconds)...");
          }
          PlacesEval eval = new PlacesEval(new CoreNlpAnnotator());
          report = withProgress(eval.size(path), progress -> eval.run(path, progress));
        }
        case "events" -> {
          int total = EventsEval.size(path); // checks the folder before the models load
          if (interactive) {
            err.println("attache: loading the language models (about 15 seconds)...");
          }
          EventsEval eval = new EventsEval(Pipelines.documents(org.attache.ingest.ReaderConfig.DEFAULT_MAX_BYTES, java.time.Clock.systemUTC()),
              Pipelines.events());
          report = withProgress(total, progress -> eval.run(path, progress));
        }
        case "merge" -> {
          int total = MergeEval.size(path); // checks the folder before the models load
          if (interactive) {
            err.println("attache: loading the language models (about 15 seconds)...");
          }
          MergeEval eval = new MergeEval(Pipelines.events());
          report = withProgress(total, progress -> eval.run(path, progress));
        }
        default -> throw new Main.UsageException(
            "unknown suite '" + suite + "' (expected extraction, dates, petrarch, tempeval, places, merge or events)");
      }
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    } catch (DictionaryFormatException e) {
      err.println("attache: " + e.getMessage());
      return Main.INPUT_ERRORS;
    }
    report.details().forEach(out::println);
    out.println(report.summaryLine());
    return Main.OK;
  }

  /** Attaché's own annotator as the suite's parser: raw sentence text to parsed sentences. */
  private PetrarchEval.Parser ownParser() {
    if (interactive) {
      err.println("attache: loading the language models (about 15 seconds)...");
    }
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    return (text, date) -> {
      Document doc = new Document("sentence", "suite", null, text, List.of(), "en", null, null, List.of());
      Publication pub = Publication.on(date, Basis.METADATA, "suite record date");
      return annotator.annotate(new DatedDocument(doc, pub)).sentences();
    };
  }

  /** A suite run that reports pages done. */
  private interface Suite {
    EvalReport run(IntConsumer progress) throws IOException, DictionaryFormatException;
  }

  private EvalReport withProgress(int total, Suite suite) throws IOException, DictionaryFormatException {
    Progress progress = new Progress(err, interactive, "eval " + this.suite, total);
    try {
      return suite.run(done -> progress.update(done, total));
    } finally {
      progress.clear();
    }
  }
}
