package org.attache.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.format.EventJson;
import org.attache.merge.DateSpan;
import org.attache.merge.EventMerger;
import org.attache.merge.TextFingerprint;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Publication;
import org.attache.model.StoredEvent;

/**
 * Writes one article inside the caller's transaction: its document row and bands, then each of
 * its happenings, merged into a stored event or starting one. Owns the writing connection's
 * prepared statements and, for DuckDB, the arrival counters.
 *
 * <p>Not thread-safe: the store calls it for one article at a time.
 */
final class ArticleWriter implements AutoCloseable {
  /** How far around a report's date stored events are candidates for merging. */
  private static final int CANDIDATE_WINDOW_DAYS = 400;

  private final Connection connection;
  private final Dialect dialect;
  private final Clock clock;
  private final EventMerger merger;
  private final Map<String, Long> sequences = new HashMap<>();
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  ArticleWriter(Connection connection, Dialect dialect, Clock clock, EventMerger merger) {
    this.connection = connection;
    this.dialect = dialect;
    this.clock = clock;
    this.merger = merger;
  }

  /** Writes the article; {@code touched} receives the ids of the stored events it started or joined. */
  IngestOutcome write(DatedDocument article, String key, String signature, List<Event> reports,
      List<String> touched) throws SQLException {
    if (exists(key)) {
      return new IngestOutcome(IngestOutcome.Status.DUPLICATE, key, key, 0, 0, 0);
    }
    String near = nearDuplicate(signature);
    insertDocument(article, key, signature, near, near == null ? reports.size() : 0);
    if (near != null) {
      return new IngestOutcome(IngestOutcome.Status.NEAR_DUPLICATE, key, near, 0, 0, 0);
    }
    int created = 0;
    int merged = 0;
    List<List<Event>> groups = merger.groupWithinDocument(reports);
    long seq = nextSeq("mentions", groups.stream().mapToInt(List::size).sum());
    for (List<Event> group : groups) {
      String mergeKey = EventMerger.key(group.get(0));
      String eventId = findMatch(mergeKey, group);
      List<Event> all = new ArrayList<>();
      if (eventId == null) {
        eventId = storedId(key, group.get(0).id());
        created++;
      } else {
        all.addAll(reportsOf(eventId));
        merged++;
      }
      for (Event e : group) {
        insertMention(key, e, eventId, seq++);
      }
      all.addAll(group);
      touched.add(eventId);
      StoredEvent s = EventMerger.combine(all);
      saveEvent(withId(s, eventId), mergeKey, all.size() == group.size());
    }
    return new IngestOutcome(IngestOutcome.Status.ADDED, key, null, reports.size(), created, merged);
  }

  private boolean exists(String key) throws SQLException {
    {
      PreparedStatement p = prepared("SELECT 1 FROM documents WHERE doc_key = ?");
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** The key of a stored original this text re-posts, or null. */
  private String nearDuplicate(String signature) throws SQLException {
    List<String> bands = TextFingerprint.bands(signature);
    if (bands.isEmpty()) {
      return null;
    }
    String in = String.join(",", java.util.Collections.nCopies(bands.size(), "?"));
    String sql = "SELECT d.doc_key, d.signature, d.duplicate_of FROM documents d WHERE d.doc_key IN "
        + "(SELECT doc_key FROM document_bands WHERE band IN (" + in + ")) ORDER BY d.seq";
    {
      PreparedStatement p = prepared(sql);
      for (int i = 0; i < bands.size(); i++) {
        p.setString(i + 1, bands.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (TextFingerprint.similarity(signature, r.getString(2)) >= TextFingerprint.NEAR_DUPLICATE) {
            String original = r.getString(3);
            return original != null ? original : r.getString(1);
          }
        }
      }
    }
    return null;
  }

  private void insertDocument(DatedDocument article, String key, String signature, String near, int events)
      throws SQLException {
    Document d = article.document();
    Publication pub = article.publication();
    String sql = "INSERT INTO documents (doc_key, doc, origin, title, url, published, published_from, published_to, "
        + "published_basis, language, body, duplicate_of, signature, events, seq, ingested_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    {
      PreparedStatement p = prepared(sql);
      Rows.set(p, 1, key, d.id(), d.origin(), d.title(), d.url(),
          pub.published() == null ? null : pub.published().toString(),
          pub.range() == null ? null : pub.range().start().toString(),
          pub.range() == null ? null : pub.range().end().toString(),
          pub.basis() == null ? null : pub.basis().label(), d.language(), d.text(), near, signature);
      p.setInt(14, events);
      p.setLong(15, nextSeq("documents"));
      p.setString(16, clock.instant().toString());
      p.executeUpdate();
    }
    {
      PreparedStatement p = prepared("INSERT INTO document_bands (band, doc_key) VALUES (?, ?)");
      for (String band : TextFingerprint.bands(signature)) {
        p.setString(1, band);
        p.setString(2, key);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * A statement prepared once per store and reused: DuckDB spends as long preparing a statement
   * as running it. Its parameters are cleared; the caller must not close it.
   */
  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = connection.prepareStatement(sql);
      statements.put(sql, p);
    } else {
      p.clearParameters();
    }
    return p;
  }

  /**
   * The next arrival number of a table. Design decision: a DuckDB file has one writing process
   * (it is locked), so the numbers are counted here after one look at the table, where a MAX
   * per article would scan it; PostgreSQL's writers may be several and ask the (indexed) table
   * under the write lock. A rolled-back article leaves a gap, which orders the same.
   */
  private long nextSeq(String table) throws SQLException {
    return nextSeq(table, 1);
  }

  /**
   * The first of {@code count} consecutive arrival numbers for the table's next rows. DuckDB's
   * are counted here after the first look-up (the store's one writer holds the file); the count
   * matters: an article's mentions once took one number where they used several, so the next
   * article's mentions repeated them and their order depended on whether the process had
   * restarted in between.
   */
  private long nextSeq(String table, int count) throws SQLException {
    long first;
    Long last = dialect == Dialect.DUCKDB ? sequences.get(table) : null;
    if (last != null) {
      first = last + 1;
    } else {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table)) {
        r.next();
        first = r.getLong(1);
      }
    }
    sequences.put(table, first + Math.max(count, 1) - 1);
    return first;
  }

  /** The stored event one of the group's reports is the same happening as, or null. */
  private String findMatch(String mergeKey, List<Event> group) throws SQLException {
    LocalDate lo = null;
    LocalDate hi = null;
    for (Event e : group) {
      DateSpan s = DateSpan.of(e.date(), e.dateBasis());
      if (s != null) {
        lo = lo == null || s.first().isBefore(lo) ? s.first() : lo;
        hi = hi == null || s.last().isAfter(hi) ? s.last() : hi;
      }
    }
    String sql = "SELECT id FROM events WHERE merge_key = ?"
        + (lo == null ? "" : " AND (date_from IS NULL OR (date_from <= ? AND date_to >= ?))") + " ORDER BY seq";
    List<String> ids = new ArrayList<>();
    {
      PreparedStatement p = prepared(sql);
      p.setString(1, mergeKey);
      if (lo != null) {
        p.setString(2, hi.plusDays(CANDIDATE_WINDOW_DAYS).toString());
        p.setString(3, lo.minusDays(CANDIDATE_WINDOW_DAYS).toString());
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    Map<String, List<Event>> candidates = new LinkedHashMap<>();
    ids.forEach(id -> candidates.put(id, new ArrayList<>()));
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement p = connection.prepareStatement(
          "SELECT event_id, record FROM mentions WHERE event_id IN (" + in + ") ORDER BY seq")) {
        Rows.set(p, 1, chunk.toArray(String[]::new));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            candidates.get(r.getString(1)).add(EventJson.read(r.getString(2)));
          }
        }
      }
    }
    for (Map.Entry<String, List<Event>> c : candidates.entrySet()) {
      for (Event stored : c.getValue()) {
        for (Event e : group) {
          if (merger.compare(e, stored) != EventMerger.Verdict.DIFFERENT) {
            return c.getKey();
          }
        }
      }
    }
    return null;
  }

  private List<Event> reportsOf(String eventId) throws SQLException {
    List<Event> out = new ArrayList<>();
    {
      PreparedStatement p = prepared("SELECT record FROM mentions WHERE event_id = ? ORDER BY seq");
      p.setString(1, eventId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(EventJson.read(r.getString(1)));
        }
      }
    }
    return out;
  }

  private void insertMention(String docKey, Event e, String eventId, long seq) throws SQLException {
    {
      PreparedStatement p = prepared(
        "INSERT INTO mentions (doc_key, id, event_id, seq, record) VALUES (?, ?, ?, ?, ?)");
      p.setString(1, docKey);
      p.setString(2, e.id());
      p.setString(3, eventId);
      p.setLong(4, seq);
      p.setString(5, EventJson.write(e));
      p.executeUpdate();
    }
  }

  private void saveEvent(StoredEvent s, String mergeKey, boolean isNew) throws SQLException {
    Event e = s.event();
    long seq = isNew ? nextSeq("events") : seqOf(e.id());
    if (!isNew) {
      {
        PreparedStatement p = prepared("DELETE FROM events WHERE id = ?");
        p.setString(1, e.id());
        p.executeUpdate();
      }
    }
    DateSpan span = DateSpan.of(e.date(), "explicit");
    String sql = "INSERT INTO events (id, merge_key, code, quad_class, goldstein, plover, source_text, source_name, "
        + "source_code, source_country, target_text, target_name, target_code, target_country, date, date_basis, "
        + "date_from, date_to, location_name, location_country, lat, lon, doc, sources, mentions, seq, record) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    {
      PreparedStatement p = prepared(sql);
      Rows.set(p, 1, e.id(), mergeKey, e.code());
      p.setInt(4, e.quadClass());
      p.setDouble(5, e.goldstein());
      Rows.set(p, 6, e.plover(), e.source().text(), e.source().name(), e.source().code(), e.source().country(),
          e.target() == null ? null : e.target().text(), e.target() == null ? null : e.target().name(),
          e.target() == null ? null : e.target().code(), e.target() == null ? null : e.target().country(),
          e.date(), e.dateBasis(), span == null ? null : span.first().toString(),
          span == null ? null : span.last().toString(), e.location() == null ? null : e.location().name(),
          e.location() == null ? null : e.location().country());
      Rows.setDouble(p, 21, e.location() == null ? null : e.location().lat());
      Rows.setDouble(p, 22, e.location() == null ? null : e.location().lon());
      p.setString(23, e.doc());
      p.setInt(24, s.sources());
      p.setInt(25, s.mentions().size());
      p.setLong(26, seq);
      p.setString(27, EventJson.write(s));
      p.executeUpdate();
    }
  }

  /** An existing event keeps its place in arrival order. */
  private long seqOf(String eventId) throws SQLException {
    {
      PreparedStatement p = prepared("SELECT seq FROM events WHERE id = ?");
      p.setString(1, eventId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static StoredEvent withId(StoredEvent s, String id) {
    Event e = s.event();
    Event renamed = new Event(id, e.doc(), e.code(), e.quadClass(), e.goldstein(), e.plover(), e.source(), e.target(),
        e.date(), e.dateBasis(), e.location(), e.sentence(), e.spanStart(), e.spanEnd(), e.confidence(), e.trigger());
    return new StoredEvent(renamed, s.mentions(), s.sources(), s.conflicts());
  }

  /** A stored event's id: stable for the same first report of the same text. */
  static String storedId(String docKey, String reportId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((docKey + "|" + reportId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  @Override
  public void close() {
    for (PreparedStatement p : statements.values()) {
      try {
        p.close();
      } catch (SQLException e) {
        // Closing at the end: nothing is left to save.
      }
    }
  }
}
