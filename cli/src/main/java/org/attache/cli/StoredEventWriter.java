package org.attache.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Event;
import org.attache.format.EventJson;
import org.attache.model.StoredEvent;

/**
 * Writes stored events: JSON Lines with the contract's {@code mentions}, {@code sources} and
 * {@code conflicts}; CSV with the event's dotted columns plus those three; a table. Not
 * thread-safe.
 */
final class StoredEventWriter {
  private final PrintStream out;
  private final DocumentWriter.Format format;
  private final EventWriter events;
  private boolean headerWritten;
  private int written;

  StoredEventWriter(PrintStream out, DocumentWriter.Format format) {
    this.out = out;
    this.format = format;
    this.events = new EventWriter(out, format);
  }

  void write(StoredEvent s) {
    written++;
    switch (format) {
      case JSONL -> out.println(EventJson.write(s));
      case CSV -> csv(s);
      case TABLE -> table(s);
    }
  }

  /** Ends the output: a table says how many events it showed. */
  void finish() {
    if (format == DocumentWriter.Format.TABLE) {
      out.println(written + " events");
    }
  }

  private void csv(StoredEvent s) {
    if (!headerWritten) {
      List<String> head = new ArrayList<>(EventWriter.CSV_COLUMNS);
      head.addAll(List.of("sources", "mentions", "conflicts"));
      out.print(String.join(",", head) + "\r\n");
      headerWritten = true;
    }
    String row = EventWriter.csvRow(s.event());
    out.print(row + "," + s.sources() + "," + s.mentions().size() + ","
        + DocumentWriter.csvField(String.join("; ", s.conflicts())) + "\r\n");
  }

  private void table(StoredEvent s) {
    if (!headerWritten) {
      out.printf("%-10s %-5s %-14s %-14s %-4s %-9s %s%n", "DATE", "CODE", "SOURCE", "TARGET", "SRCS", "CONFLICT", "EVIDENCE");
      headerWritten = true;
    }
    Event e = s.event();
    out.printf("%-10s %-5s %-14s %-14s %-4d %-9s %s%n", e.date() == null ? "-" : e.date(), e.code(),
        DocumentWriter.clip(String.valueOf(e.source().code()), 14),
        e.target() == null ? "-" : DocumentWriter.clip(String.valueOf(e.target().code()), 14), s.sources(),
        s.conflicts().isEmpty() ? "-" : "yes", DocumentWriter.clip(e.sentence().replace('\n', ' '), 70));
  }
}
