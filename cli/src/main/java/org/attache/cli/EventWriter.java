package org.attache.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.format.EventJson;
import org.attache.model.Location;

/**
 * Writes event records in the contract's formats: JSON Lines, CSV with dotted names, and a table.
 * Not thread-safe.
 */
final class EventWriter {
  static final List<String> CSV_COLUMNS = List.of("id", "doc", "code", "quad_class", "goldstein", "plover",
      "source.text", "source.name", "source.code", "source.country", "target.text", "target.name", "target.code",
      "target.country", "date", "date_basis", "location.name", "location.country", "location.lat", "location.lon",
      "location.geonames_id", "sentence", "span.start", "span.end", "confidence", "trigger.text", "trigger.lemma", "trigger.span.start",
      "trigger.span.end");

  private final PrintStream out;
  private final DocumentWriter.Format format;
  private boolean headerWritten;

  EventWriter(PrintStream out, DocumentWriter.Format format) {
    this.out = out;
    this.format = format;
  }

  void write(Event e) {
    switch (format) {
      case JSONL -> out.println(json(e));
      case CSV -> csv(e);
      case TABLE -> table(e);
    }
  }

  /** The contract's event record as one line of JSON. */
  static String json(Event e) {
    return EventJson.write(e);
  }

  private void csv(Event e) {
    if (!headerWritten) {
      out.print(String.join(",", CSV_COLUMNS) + "\r\n");
      headerWritten = true;
    }
    out.print(csvRow(e) + "\r\n");
  }

  /** The event's CSV fields, in {@link #CSV_COLUMNS} order, quoted, without a line end. */
  static String csvRow(Event e) {
    List<String> v = new ArrayList<>(List.of(e.id(), e.doc(), e.code(), String.valueOf(e.quadClass()),
        String.valueOf(e.goldstein()), orEmpty(e.plover())));
    addActor(v, e.source());
    addActor(v, e.target());
    v.add(orEmpty(e.date()));
    v.add(orEmpty(e.dateBasis()));
    Location l = e.location();
    v.add(l == null ? "" : l.name());
    v.add(l == null ? "" : orEmpty(l.country()));
    v.add(l == null || l.lat() == null ? "" : String.valueOf(l.lat()));
    v.add(l == null || l.lon() == null ? "" : String.valueOf(l.lon()));
    v.add(l == null || l.geonamesId() == null ? "" : String.valueOf(l.geonamesId()));
    v.add(e.sentence());
    v.add(String.valueOf(e.spanStart()));
    v.add(String.valueOf(e.spanEnd()));
    v.add(String.valueOf(e.confidence()));
    Event.Trigger t = e.trigger();
    v.add(t == null ? "" : t.text());
    v.add(t == null ? "" : t.lemma());
    v.add(t == null ? "" : String.valueOf(t.begin()));
    v.add(t == null ? "" : String.valueOf(t.end()));
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      row.append(i > 0 ? "," : "").append(DocumentWriter.csvField(v.get(i)));
    }
    return row.toString();
  }

  private static void addActor(List<String> v, ActorRef a) {
    v.add(a == null ? "" : a.text());
    v.add(a == null ? "" : orEmpty(a.name()));
    v.add(a == null ? "" : orEmpty(a.code()));
    v.add(a == null ? "" : orEmpty(a.country()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private void table(Event e) {
    if (!headerWritten) {
      out.printf("%-10s %-5s %-14s %-14s %-28s %s%n", "DATE", "CODE", "SOURCE", "TARGET", "DOC", "SENTENCE");
      headerWritten = true;
    }
    out.printf("%-10s %-5s %-14s %-14s %-28s %s%n", e.date() == null ? "-" : e.date(), e.code(),
        DocumentWriter.clip(orEmpty(e.source().code()), 14),
        e.target() == null ? "-" : DocumentWriter.clip(orEmpty(e.target().code()), 14),
        DocumentWriter.clip(e.doc(), 28), DocumentWriter.clip(e.sentence().replace('\n', ' '), 70));
  }
}
