package org.attache.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.ingest.ReaderConfig;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.model.Publication;
import org.attache.pipeline.DocumentPipeline;
import org.attache.sample.Sample;
import picocli.CommandLine.Command;

/**
 * {@code attache demo}: runs the pipeline on the bundled sample and prints a short timeline. Until
 * the store and the web page land it prints the documents' timeline and stops there.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Attaché on its bundled sample articles and print a short timeline.")
final class DemoCommand extends IoCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    DocumentPipeline pipeline = Pipelines.documents(ReaderConfig.DEFAULT_MAX_BYTES, Clock.systemUTC());
    List<DatedDocument> docs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    DocumentPipeline.Listener listener = new DocumentPipeline.Listener() {
      @Override
      public void document(DatedDocument document) {
        docs.add(document);
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        err.println("attache: " + diagnostic);
        problems.add(diagnostic);
      }
    };
    List<Sample.File> files = Sample.files();
    for (Sample.File f : files) {
      pipeline.run(f.name(), f.bytes(), listener);
    }
    docs.sort(Comparator.comparing(DemoCommand::sortKey));
    out.println("Attaché demo: " + docs.size() + " articles from " + files.size() + " bundled sample files");
    out.println();
    out.printf("%-23s %-11s %s%n", "PUBLISHED", "BASIS", "TITLE / FIRST WORDS");
    for (DatedDocument d : docs) {
      Publication p = d.publication();
      out.printf("%-23s %-11s %s%n", DocumentWriter.when(p), p.basis() == null ? "-" : p.basis().label(), headline(d));
    }
    int removed = docs.stream().mapToInt(d -> d.document().removed().size()).sum();
    out.println();
    out.println(removed + " lines of boilerplate removed (teaser headlines, share prompts, cookie banners, site names, agency codes).");
    out.println();
    if (interactive) {
      err.println("attache: loading the language models (about 15 seconds)...");
    }
    var coder = Pipelines.events();
    List<Event> events = new ArrayList<>();
    docs.forEach(d -> events.addAll(coder.apply(d)));
    events.sort(Comparator.comparing((Event e) -> e.date() == null ? "9999" : e.date()));
    out.println("Event timeline: " + events.size() + " coded events");
    out.printf("%-10s %-5s %-8s %-26s %s%n", "DATE", "CODE", "PLOVER", "SOURCE -> TARGET", "EVIDENCE");
    for (Event e : events) {
      String dyad = e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code());
      out.printf("%-10s %-5s %-8s %-26s %s%n", e.date() == null ? "-" : e.date(), e.code(),
          e.plover() == null ? "-" : DocumentWriter.clip(e.plover(), 8), DocumentWriter.clip(dyad, 26),
          DocumentWriter.clip(e.sentence(), 70));
    }
    out.println();
    out.println("The store and the web page arrive with issues #5 and #6; try 'attache extract PATH' on your own articles.");
    return problems.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
  }

  private static String sortKey(DatedDocument d) {
    Publication p = d.publication();
    return p.published() != null ? p.published().toString() : p.range() != null ? p.range().start().toString() : "9999";
  }

  private static String headline(DatedDocument d) {
    String t = d.document().title();
    if (t == null || t.isBlank()) {
      String text = d.document().text();
      t = text.length() > 70 ? text.substring(0, 69) + "…" : text;
    }
    return DocumentWriter.clip(t, 90);
  }
}
