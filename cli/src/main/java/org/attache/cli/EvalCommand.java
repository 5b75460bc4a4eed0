package org.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.attache.coding.DictionaryFormatException;
import org.attache.eval.DatesEval;
import org.attache.eval.EvalReport;
import org.attache.eval.ExtractionEval;
import org.attache.eval.PetrarchEval;
import org.attache.reference.ResourceFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attache eval SUITE PATH}: runs a public evaluation suite and prints its scores. */
@Command(name = "eval", description = "Run an evaluation suite (extraction, dates; petrarch, tempeval, places, merge to come) and print its scores.")
final class EvalCommand extends IoCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SUITE", description = "extraction, dates, petrarch, tempeval, places or merge")
  String suite;

  @Parameters(index = "1", paramLabel = "PATH", description = "the suite's folder, e.g. ../shared/data/extraction/scrapinghub")
  Path path;


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
          report = withProgress(eval.size(path), progress -> eval.run(path, progress));
        }
        case "tempeval", "places", "merge" -> {
          err.println("attache eval " + suite + ": not yet available; it arrives with the issue that builds its stage.");
          return Main.USAGE;
        }
        default -> throw new Main.UsageException(
            "unknown suite '" + suite + "' (expected extraction, dates, petrarch, tempeval, places or merge)");
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
