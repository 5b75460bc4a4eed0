package org.attache.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Publication;

/**
 * Writes document records in the contract's formats: JSON Lines, CSV (RFC 4180, one header row,
 * dotted names) and a table for people. Not thread-safe.
 */
final class DocumentWriter {
  static final List<String> CSV_COLUMNS = List.of(
      "doc", "title", "published", "published_range", "published_basis", "language", "text", "duplicate_of");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Format format;
  private boolean headerWritten;

  enum Format {
    JSONL,
    CSV,
    TABLE
  }

  DocumentWriter(PrintStream out, Format format) {
    this.out = out;
    this.format = format;
  }

  void write(DatedDocument dated) {
    switch (format) {
      case JSONL -> out.println(json(dated));
      case CSV -> csv(dated);
      case TABLE -> table(dated);
    }
  }

  /** The contract's document record as one line of JSON. */
  static String json(DatedDocument dated) {
    Document d = dated.document();
    Publication p = dated.publication();
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("doc", d.id());
      g.writeStringField("title", d.title());
      g.writeStringField("published", p.published() == null ? null : p.published().toString());
      if (p.range() == null) {
        g.writeNullField("published_range");
      } else {
        g.writeArrayFieldStart("published_range");
        g.writeString(p.range().start().toString());
        g.writeString(p.range().end().toString());
        g.writeEndArray();
      }
      g.writeStringField("published_basis", p.basis() == null ? null : p.basis().label());
      g.writeStringField("language", d.language());
      g.writeStringField("text", d.text());
      g.writeNullField("duplicate_of");
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  private void csv(DatedDocument dated) {
    if (!headerWritten) {
      out.print(String.join(",", CSV_COLUMNS) + "\r\n");
      headerWritten = true;
    }
    Document d = dated.document();
    Publication p = dated.publication();
    String range = p.range() == null ? null : p.range().start() + "/" + p.range().end();
    List<String> values = java.util.Arrays.asList(d.id(), d.title(),
        p.published() == null ? null : p.published().toString(), range,
        p.basis() == null ? null : p.basis().label(), d.language(), d.text(), null);
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      row.append(csvField(values.get(i)));
    }
    out.print(row.append("\r\n"));
  }

  static String csvField(String v) {
    if (v == null) {
      return "";
    }
    boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private void table(DatedDocument dated) {
    if (!headerWritten) {
      out.printf("%-34s %-23s %-11s %6s  %s%n", "DOC", "PUBLISHED", "BASIS", "CHARS", "TITLE");
      headerWritten = true;
    }
    Document d = dated.document();
    Publication p = dated.publication();
    out.printf("%-34s %-23s %-11s %6d  %s%n", clip(d.id(), 34), when(p),
        p.basis() == null ? "-" : p.basis().label(), d.text().length(), clip(d.title() == null ? "" : d.title(), 60));
  }

  /** The day, or the range as {@code start..end}, or a dash. */
  static String when(Publication p) {
    return p.published() != null ? p.published().toString()
        : p.range() != null ? p.range().start() + ".." + p.range().end() : "-";
  }

  static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
