package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.format.EventJson;
import org.attache.model.Location;
import org.attache.model.StoredEvent;
import org.attache.store.EventExporter.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExporterTest {
  @TempDir Path dir;

  private static final String TRICKY = "Araghchi said: \"We will talk, and then\nwe will see\", in Moscow.";

  static StoredEvent meeting() {
    Event e = new Event("ev1", "000_b62c.txt", "040", 1, 1.0, "CONSULT",
        new ActorRef("Iran's Ambassador to Russia, Kazem Jalali", "Kazem Jalali", "IRNGOVDIP", "IRN"),
        new ActorRef("Mikhail Bogdanov", "Mikhail Bogdanov", "RUSGOV", "RUS"), "2025-01-29", "relative",
        new Location("Moscow", "RUS", 55.75, 37.62, 524901L), TRICKY, 0, TRICKY.length(), 0.82,
        new Event.Trigger("talk", "talk", 30, 34));
    StoredEvent.Mention other = new StoredEvent.Mention("ev1b", "001_x.txt", "Jalali met Bogdanov.", 5, 25, "2025",
        "publication");
    return new StoredEvent(e, List.of(StoredEvent.Mention.of(e), other), 2,
        List.of("date: 2025-01-29 (000_b62c.txt) vs 2025 (001_x.txt)"));
  }

  static StoredEvent protest() {
    Event e = new Event("ev2", "002_y.txt", "141", 3, -6.5, null, new ActorRef("protesters", null, null, null), null,
        "2024-11", null, null, "Protesters gathered.", 0, 20, 0.5, null);
    return new StoredEvent(e, List.of(StoredEvent.Mention.of(e)), 1, List.of());
  }

  @Test
  void format_knownNames_mapToFormats() {
    assertThat(EventExporter.format("icews")).isEqualTo(Format.ICEWS_CSV);
    assertThat(EventExporter.format("CSV")).isEqualTo(Format.ICEWS_CSV);
    assertThat(EventExporter.format("jsonl")).isEqualTo(Format.JSONL);
    assertThat(EventExporter.format("parquet")).isEqualTo(Format.PARQUET);
  }

  @Test
  void format_unknownName_throwsQuotingNameAndChoices() {
    assertThatThrownBy(() -> EventExporter.format("xlsx")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xlsx'").hasMessageContaining("icews").hasMessageContaining("jsonl")
        .hasMessageContaining("parquet");
  }

  @Test
  void export_icewsCsv_headerAndQuotedRowParseBack() throws IOException {
    Path out = dir.resolve("events.csv");
    assertThat(EventExporter.export(List.of(meeting(), protest()), Format.ICEWS_CSV, out)).isEqualTo(2);
    List<List<String>> rows = parseCsv(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactlyElementsOf(EventExporter.ICEWS_HEADER);
    assertThat(rows.get(0).subList(0, 3)).containsExactly("Event ID", "Event Date", "Source Name");
    assertThat(rows.get(0).get(19)).isEqualTo("Longitude");
    List<String> row = rows.get(1);
    assertThat(row).hasSize(EventExporter.ICEWS_HEADER.size());
    assertThat(value(row, "Event ID")).isEqualTo("ev1");
    assertThat(value(row, "Event Date")).isEqualTo("2025-01-29");
    assertThat(value(row, "Source Name")).isEqualTo("Kazem Jalali");
    assertThat(value(row, "Source Sectors")).isEqualTo("GOV,DIP");
    assertThat(value(row, "Source Country")).isEqualTo("IRN");
    assertThat(value(row, "Event Text")).isEqualTo("CONSULT");
    assertThat(value(row, "CAMEO Code")).isEqualTo("040");
    assertThat(value(row, "Intensity")).isEqualTo("1.0");
    assertThat(value(row, "Target Sectors")).isEqualTo("GOV");
    assertThat(value(row, "Story ID")).isEqualTo("000_b62c.txt");
    assertThat(value(row, "City")).isEqualTo("Moscow");
    assertThat(value(row, "Country")).isEqualTo("RUS");
    assertThat(value(row, "Latitude")).isEqualTo("55.75");
    assertThat(value(row, "Longitude")).isEqualTo("37.62");
    assertThat(value(row, "Sources")).isEqualTo("2");
    assertThat(value(row, "Conflicts")).isEqualTo("date: 2025-01-29 (000_b62c.txt) vs 2025 (001_x.txt)");
    assertThat(value(row, "Sentence")).isEqualTo(TRICKY);
  }

  @Test
  void export_icewsCsv_missingTargetAndPlaceGiveEmptyColumns() throws IOException {
    Path out = dir.resolve("events.csv");
    EventExporter.export(List.of(protest()), Format.ICEWS_CSV, out);
    List<String> row = parseCsv(Files.readString(out)).get(1);
    assertThat(value(row, "Source Name")).isEqualTo("protesters");
    assertThat(value(row, "Event Date")).isEqualTo("2024-11");
    assertThat(value(row, "Intensity")).isEqualTo("-6.5");
    assertThat(value(row, "Target Name")).isEmpty();
    assertThat(value(row, "Latitude")).isEmpty();
    assertThat(value(row, "Event Text")).isEmpty();
  }

  @Test
  void sectors_codeAfterCountry_splitsIntoThreeLetterChunks() {
    assertThat(EventExporter.sectors(new ActorRef("x", null, "IRNGOVDIP", "IRN"))).isEqualTo("GOV,DIP");
    assertThat(EventExporter.sectors(new ActorRef("x", null, "IGOUNOKID", "IGOUNO"))).isEqualTo("KID");
    assertThat(EventExporter.sectors(new ActorRef("x", null, "RUS", "RUS"))).isEmpty();
    assertThat(EventExporter.sectors(new ActorRef("x", null, null, null))).isEmpty();
  }

  @Test
  void export_jsonl_linesParseBackAsStoredEvents() throws IOException {
    Path out = dir.resolve("events.jsonl");
    assertThat(EventExporter.export(List.of(meeting(), protest()), Format.JSONL, out)).isEqualTo(2);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(EventJson.readStored(lines.get(0))).isEqualTo(meeting());
    assertThat(EventJson.readStored(lines.get(1))).isEqualTo(protest());
  }

  @Test
  void export_parquet_readBackThroughDuckDb() throws Exception {
    Path out = dir.resolve("it's events.parquet"); // a quote in the path must not break the SQL
    assertThat(EventExporter.export(List.of(meeting(), protest()), Format.PARQUET, out)).isEqualTo(2);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      String file = EventExporter.sqlString(out.toString());
      try (ResultSet rs = s.executeQuery("SELECT count(*), min(id), max(goldstein) FROM read_parquet(" + file + ")")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
        assertThat(rs.getString(2)).isEqualTo("ev1");
        assertThat(rs.getDouble(3)).isEqualTo(1.0);
      }
      try (ResultSet rs = s.executeQuery("SELECT date, root, quad_class, source_name, source_code, target_country, "
          + "location_name, lat, sentence, sources, mentions, conflicts FROM read_parquet(" + file + ") WHERE id = 'ev1'")) {
        rs.next();
        assertThat(rs.getString("date")).isEqualTo("2025-01-29");
        assertThat(rs.getString("root")).isEqualTo("04");
        assertThat(rs.getInt("quad_class")).isEqualTo(1);
        assertThat(rs.getString("source_name")).isEqualTo("Kazem Jalali");
        assertThat(rs.getString("source_code")).isEqualTo("IRNGOVDIP");
        assertThat(rs.getString("target_country")).isEqualTo("RUS");
        assertThat(rs.getString("location_name")).isEqualTo("Moscow");
        assertThat(rs.getDouble("lat")).isEqualTo(55.75);
        assertThat(rs.getString("sentence")).isEqualTo(TRICKY);
        assertThat(rs.getInt("sources")).isEqualTo(2);
        assertThat(rs.getInt("mentions")).isEqualTo(2);
        Array conflicts = rs.getArray("conflicts");
        assertThat((Object[]) conflicts.getArray()).containsExactly("date: 2025-01-29 (000_b62c.txt) vs 2025 (001_x.txt)");
      }
      try (ResultSet rs = s.executeQuery("SELECT target_name, lat, plover FROM read_parquet(" + file + ") WHERE id = 'ev2'")) {
        rs.next();
        assertThat(rs.getString(1)).isNull();
        assertThat(rs.getObject(2)).isNull();
        assertThat(rs.getString(3)).isNull();
      }
    }
    assertThat(leftovers()).containsExactly(out.getFileName().toString());
  }

  @Test
  void export_missingFolder_throwsAndLeavesNoFile() {
    Path out = dir.resolve("no-such-folder").resolve("events.csv");
    assertThatThrownBy(() -> EventExporter.export(List.of(meeting()), Format.ICEWS_CSV, out))
        .isInstanceOf(IOException.class).hasMessageContaining("no-such-folder");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void export_failingEvents_leavesNoFileAndKeepsOldOne() throws IOException {
    for (Format format : Format.values()) {
      Path out = dir.resolve("events." + format);
      Files.writeString(out, "old");
      assertThatThrownBy(() -> EventExporter.export(failingAfterOne(), format, out))
          .isInstanceOf(IllegalStateException.class);
      assertThat(Files.readString(out)).as(format.name()).isEqualTo("old");
    }
    assertThat(leftovers()).hasSize(Format.values().length).allMatch(n -> n.startsWith("events."));
  }

  @Test
  void export_empty_writesHeaderOnlyOrEmptyFile() throws Exception {
    Path csv = dir.resolve("e.csv");
    Path parquet = dir.resolve("e.parquet");
    assertThat(EventExporter.export(List.of(), Format.ICEWS_CSV, csv)).isZero();
    assertThat(EventExporter.export(List.of(), Format.PARQUET, parquet)).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(1);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet(" + EventExporter.sqlString(parquet.toString())
            + ")")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  void sqlString_quote_isDoubled() {
    assertThat(EventExporter.sqlString("/tmp/it's.parquet")).isEqualTo("'/tmp/it''s.parquet'");
  }

  private static Iterable<StoredEvent> failingAfterOne() {
    return () -> new Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public StoredEvent next() {
        if (n++ > 0) {
          throw new IllegalStateException("store read failed");
        }
        return meeting();
      }
    };
  }

  private List<String> leftovers() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static String value(List<String> row, String column) {
    return row.get(EventExporter.ICEWS_HEADER.indexOf(column));
  }

  /** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }
}
