package org.attache.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.format.EventJson;
import org.attache.model.Location;
import org.attache.model.StoredEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes stored events to a file as ICEWS-style CSV, JSON lines or Parquet.
 *
 * <p>The file is written under a temporary name beside it and moved into place at the end, so a
 * failed export leaves no partial file (and an earlier file of that name untouched). Events are
 * streamed from the {@code Iterable}; none are held in a Java list.
 *
 * <p>ICEWS CSV: RFC 4180, UTF-8, CRLF line ends; ICEWS's 20 columns in ICEWS's order, then
 * Attaché's own ({@link #ICEWS_HEADER}). Design decision: where ICEWS has values Attaché does not
 * keep, the nearest it has is used: "Event Text" is the PLOVER category (ICEWS gives the CAMEO
 * code's name, which is not available here), empty without one; "Source/Target Sectors" are the
 * CAMEO actor code's 3-letter chunks after the country ("IRNGOVDIP" gives "GOV,DIP");
 * "Source/Target Country" is the ISO alpha-3 code (or IGO code), not the country's name; "City" is
 * the location's name whatever kind of place it is; "Sentence Number", "Publisher", "District" and
 * "Province" are empty.
 *
 * <p>Parquet: one row per event, columns typed ({@code date} is text, since it may be a month or a
 * year); {@code conflicts} is a list of strings. Written through an in-memory DuckDB, which holds
 * the rows until the file is written.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventExporter {
  /** The file formats. */
  public enum Format { ICEWS_CSV, JSONL, PARQUET }

  /** The CSV header: ICEWS's columns in ICEWS's order, then Attaché's. */
  public static final List<String> ICEWS_HEADER = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
      "Date Basis", "Quad Class", "PLOVER", "Sources", "Conflicts", "Sentence");

  private static final String PARQUET_TABLE = "CREATE TABLE events (id VARCHAR, date VARCHAR, date_basis VARCHAR, "
      + "code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, source_name VARCHAR, "
      + "source_code VARCHAR, source_country VARCHAR, target_name VARCHAR, target_code VARCHAR, "
      + "target_country VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, "
      + "doc VARCHAR, sentence VARCHAR, sources INTEGER, mentions INTEGER, conflicts VARCHAR[])";

  private static final SecureRandom RANDOM = new SecureRandom();

  private EventExporter() {}

  /**
   * The format a user names: {@code icews} or {@code csv}, {@code jsonl}, {@code parquet}, in any
   * case.
   *
   * @throws IllegalArgumentException for any other name, quoting it and listing the choices
   */
  public static Format format(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "icews", "csv" -> Format.ICEWS_CSV;
      case "jsonl" -> Format.JSONL;
      case "parquet" -> Format.PARQUET;
      default -> throw new IllegalArgumentException(
          "unknown export format '" + name + "'; choose icews (or csv), jsonl or parquet");
    };
  }

  /**
   * Writes every event to {@code out}, replacing it if it exists.
   *
   * @return the number of events written
   * @throws IOException when the file cannot be written (its folder missing, the disk full, ...),
   *     after removing what was written
   */
  public static long export(Iterable<StoredEvent> events, Format format, Path out) throws IOException {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(format, "format");
    Path target = out.toAbsolutePath();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException("cannot export to " + out + ": the folder " + parent + " does not exist");
    }
    // Not Files.createTempFile: its owner-only permissions would pass on to the export.
    Path tmp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      long n = write(events, format, tmp);
      move(tmp, target);
      return n;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static long write(Iterable<StoredEvent> events, Format format, Path tmp) throws IOException {
    return switch (format) {
      case ICEWS_CSV -> writeText(events, tmp, true);
      case JSONL -> writeText(events, tmp, false);
      case PARQUET -> writeParquet(events, tmp);
    };
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static long writeText(Iterable<StoredEvent> events, Path tmp, boolean csv) throws IOException {
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      if (csv) {
        csvRow(w, ICEWS_HEADER);
      }
      for (StoredEvent e : events) {
        if (csv) {
          csvRow(w, icewsRow(e));
        } else {
          w.write(EventJson.write(e));
          w.write('\n');
        }
        n++;
      }
    }
    return n;
  }

  /** One event as the values of {@link #ICEWS_HEADER}, empty strings for what is unknown. */
  static List<String> icewsRow(StoredEvent s) {
    Event e = s.event();
    Location l = e.location();
    List<String> row = new ArrayList<>(ICEWS_HEADER.size());
    row.addAll(List.of(e.id(), text(e.date())));
    row.addAll(actorColumns(e.source()));
    row.addAll(List.of(text(e.plover()), e.code(), number(e.goldstein())));
    row.addAll(actorColumns(e.target()));
    row.addAll(List.of(e.doc(), "", "", l == null ? "" : l.name(), "", "", l == null ? "" : text(l.country()),
        l == null ? "" : number(l.lat()), l == null ? "" : number(l.lon())));
    row.addAll(List.of(text(e.dateBasis()), Integer.toString(e.quadClass()), text(e.plover()),
        Integer.toString(s.sources()), String.join("; ", s.conflicts()), e.sentence()));
    return row;
  }

  private static List<String> actorColumns(ActorRef a) {
    if (a == null) {
      return List.of("", "", "");
    }
    return List.of(actorName(a), sectors(a), text(a.country()));
  }

  private static String actorName(ActorRef a) {
    return a.name() != null ? a.name() : a.text();
  }

  /** The CAMEO actor code after its country, in 3-letter chunks: "IRNGOVDIP" gives "GOV,DIP". */
  static String sectors(ActorRef a) {
    String code = a.code();
    if (code == null || code.length() <= 3) {
      return "";
    }
    String country = a.country();
    int from = country != null && code.startsWith(country) ? country.length() : 3;
    List<String> chunks = new ArrayList<>();
    for (int i = from; i < code.length(); i += 3) {
      chunks.add(code.substring(i, Math.min(code.length(), i + 3)));
    }
    return String.join(",", chunks);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String number(Double d) {
    return d == null ? "" : BigDecimal.valueOf(d).toPlainString();
  }

  /** One RFC 4180 record: fields with commas, quotes or line breaks quoted, quotes doubled. */
  static void csvRow(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = fields.get(i);
      boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
      w.write(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    w.write("\r\n");
  }

  private static long writeParquet(Iterable<StoredEvent> events, Path tmp) throws IOException {
    try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      st.execute(PARQUET_TABLE);
      long n = appendAll(db, events);
      st.execute("COPY events TO " + sqlString(tmp.toString()) + " (FORMAT PARQUET)");
      return n;
    } catch (SQLException e) {
      throw new IOException("cannot write Parquet to " + tmp + ": " + e.getMessage(), e);
    }
  }

  /** A SQL string literal; DuckDB, like standard SQL, escapes a quote by doubling it. */
  static String sqlString(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static long appendAll(DuckDBConnection db, Iterable<StoredEvent> events) throws SQLException {
    long n = 0;
    try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (StoredEvent e : events) {
        a.beginRow();
        appendRow(a, e);
        a.endRow();
        n++;
      }
    }
    return n;
  }

  private static void appendRow(DuckDBAppender a, StoredEvent s) throws SQLException {
    Event e = s.event();
    Location l = e.location();
    strings(a, e.id(), e.date(), e.dateBasis(), e.code(), e.code().substring(0, Math.min(2, e.code().length())));
    a.append(e.quadClass());
    a.append(e.goldstein());
    strings(a, e.plover());
    actor(a, e.source());
    actor(a, e.target());
    strings(a, l == null ? null : l.name(), l == null ? null : l.country());
    nullable(a, l == null ? null : l.lat());
    nullable(a, l == null ? null : l.lon());
    strings(a, e.doc(), e.sentence());
    a.append(s.sources());
    a.append(s.mentions().size());
    a.append(s.conflicts());
  }

  private static void actor(DuckDBAppender a, ActorRef r) throws SQLException {
    if (r == null) {
      strings(a, null, null, null);
    } else {
      strings(a, actorName(r), r.code(), r.country());
    }
  }

  private static void strings(DuckDBAppender a, String... values) throws SQLException {
    for (String v : values) {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v);
      }
    }
  }

  private static void nullable(DuckDBAppender a, Double d) throws SQLException {
    if (d == null) {
      a.appendNull();
    } else {
      a.append(d.doubleValue());
    }
  }
}
