package org.attache.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.attache.merge.DateSpan;
import org.attache.merge.EventMerger;
import org.attache.merge.TextFingerprint;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.format.EventJson;
import org.attache.model.Publication;
import org.attache.model.StoredEvent;

/**
 * The store: documents, each article's event reports ("mentions") and the events merged from
 * them, in DuckDB or PostgreSQL.
 *
 * <p>Each article is written in one transaction: its document row, its mentions, and the events
 * they start or join. An article whose text is already stored (by its words' fingerprint, not its
 * file name) adds nothing; one that re-posts a stored story (a near-duplicate by MinHash) is
 * stored and linked with {@code duplicate_of} but adds no reports, so a story copied by ten sites
 * is not counted ten times. Killing the process mid-ingest loses at most the article being
 * written, and re-running finishes the job without duplicates.
 *
 * <p>Design decision: merging happens as articles arrive, against the events already stored with
 * the same {@link EventMerger#key key}; a stored event's record is recomputed from all its reports
 * each time one joins, so the order of arrival changes nothing but the event's id (its first
 * report's).
 *
 * <p>Not thread-safe: one writer per process. PostgreSQL writers in several processes serialise
 * on an advisory lock; a DuckDB file is locked by the process that opened it.
 */
public final class EventStore implements AutoCloseable {
  /** The advisory lock PostgreSQL writers take for an article's transaction. */
  private static final long WRITE_LOCK = 0x41747461L;
  /** How far around a report's date stored events are candidates for merging. */
  private static final int CANDIDATE_WINDOW_DAYS = 400;

  private final Connection connection;
  private final Dialect dialect;
  private final String description;
  private final Clock clock;
  private final EventMerger merger;
  private final SearchIndex search;
  private String searchProblem;
  private final Map<String, Long> sequences = new java.util.HashMap<>();
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
  /** Articles indexed since the search index's last commit. */
  private int uncommitted;
  private boolean unrefreshed;
  private long lastCommit;
  /** The search index is committed after this many articles, or this long, whichever comes first. */
  private static final int COMMIT_EVERY = 200;
  private static final long COMMIT_MILLIS = 10_000;

  private EventStore(Connection connection, Dialect dialect, String description, Clock clock, EventMerger merger,
      SearchIndex search) {
    this.connection = connection;
    this.dialect = dialect;
    this.description = description;
    this.clock = clock;
    this.merger = merger;
    this.search = search;
  }

  /**
   * Opens the store, creating it or bringing its schema up to date.
   *
   * @throws StoreException with a message for the user when the URL is malformed, the server
   *     cannot be reached, the file is in use, or the store is of a newer schema version
   */
  public static EventStore open(StoreConfig config, Clock clock) throws StoreException {
    String url = config.jdbcUrl();
    Dialect dialect = Dialect.of(url);
    String description = describe(url);
    if (dialect == Dialect.DUCKDB) {
      prepareFolder(url);
    }
    Connection c;
    try {
      c = DriverManager.getConnection(url, properties(dialect));
    } catch (SQLException e) {
      throw openFailure(description, e);
    }
    SearchIndex index = null;
    try {
      Migrations.apply(c, clock);
      c.setAutoCommit(false);
      index = SearchIndex.open(searchFolder(config, url));
      EventStore store = new EventStore(c, dialect, description, clock, new EventMerger(), index);
      store.reindexIfStale();
      return store;
    } catch (SQLException e) {
      closeQuietly(c);
      closeQuietly(index);
      throw translate(description, "preparing the schema", e);
    } catch (StoreException | RuntimeException e) {
      closeQuietly(c);
      closeQuietly(index);
      throw e;
    }
  }

  /**
   * The search index's folder: {@code search/} beside the embedded store, a sibling {@code
   * FILE.search/} for another DuckDB file, and {@code search-<hash of host/database>/} in the data
   * folder for PostgreSQL (the index is derived data, rebuilt from the store when it disagrees).
   */
  static Path searchFolder(StoreConfig config, String url) {
    if (config.url() == null) {
      return config.dataDir().resolve("search");
    }
    if (url.startsWith("jdbc:duckdb:") && !url.contains(":memory:") && url.length() > "jdbc:duckdb:".length()) {
      String file = url.substring("jdbc:duckdb:".length()).replaceFirst("\\?.*$", "");
      return Path.of(file + ".search");
    }
    String where = describe(url);
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(where.getBytes(StandardCharsets.UTF_8));
      return config.dataDir().resolve("search-" + HexFormat.of().formatHex(h, 0, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** Rebuilds the search index from the store when their counts disagree (a crash between them). */
  private void reindexIfStale() throws StoreException {
    Counts c = counts();
    if (search.count(SearchIndex.Kind.DOCUMENT) == c.documents() && search.count(SearchIndex.Kind.EVENT) == c.events()) {
      return;
    }
    search.clear();
    int page = 500;
    for (int offset = 0; ; offset += page) {
      List<StoredDocument> docs = documents(page, offset);
      docs.forEach(search::index);
      if (docs.size() < page) {
        break;
      }
    }
    scan(EventQuery.all(), search::index);
    search.commit();
  }

  /** Ids of stored events whose evidence or actors match a full-text query, best first. */
  public List<String> searchEvents(String query, int limit) {
    return search(query, SearchIndex.Kind.EVENT, limit).stream().map(SearchIndex.Hit::id).toList();
  }

  /** Documents and events matching a full-text query, best first. */
  public List<SearchIndex.Hit> search(String query, SearchIndex.Kind kind, int limit) {
    if (unrefreshed) {
      search.refresh();
      unrefreshed = false;
    }
    return search.search(query, kind, limit);
  }

  /** Where the store is, for messages: a file path or {@code host/database}, never a password. */
  public String description() {
    return description;
  }

  /** Whether an article with this cleaned text is already stored (so it need not be annotated). */
  public boolean contains(String text) throws StoreException {
    String key = TextFingerprint.exact(text);
    try {
      PreparedStatement p = prepared("SELECT 1 FROM documents WHERE doc_key = ?");
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        boolean found = r.next();
        connection.commit();
        return found;
      }
    } catch (SQLException e) {
      throw translate(description, "looking up an article", e);
    }
  }

  /**
   * Stores one article and its event reports in one transaction.
   *
   * @throws StoreException when the database fails; the article is then rolled back entirely
   */
  public IngestOutcome add(DatedDocument article, List<Event> reports) throws StoreException {
    Document d = article.document();
    String key = TextFingerprint.exact(d.text());
    String signature = TextFingerprint.signature(d.text());
    try {
      if (dialect == Dialect.POSTGRES) {
        try (Statement s = connection.createStatement()) {
          s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
      }
      List<String> touched = new ArrayList<>();
      IngestOutcome outcome = write(article, key, signature, reports, touched);
      connection.commit();
      if (outcome.status() != IngestOutcome.Status.DUPLICATE) {
        index(key, touched);
      }
      return outcome;
    } catch (SQLException | RuntimeException e) {
      rollback();
      if (e instanceof SQLException sql) {
        throw translate(description, "storing " + d.origin(), sql);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Brings the search index up to date with what one article's transaction wrote. The store is
   * the record and the index derived from it: when indexing fails (a full disk), the article
   * stays stored, the failure is kept for {@link #searchProblem()}, and the next open rebuilds
   * the index because its counts disagree.
   */
  private void index(String key, List<String> eventIds) throws StoreException {
    try {
      document(key).ifPresent(search::index);
      if (!eventIds.isEmpty()) {
        scan(EventQuery.all().withIds(eventIds), search::index);
      }
      // Durable every so often and visible before the next search: a commit per article would
      // cost an fsync each, a refresh per article a new segment each.
      if (++uncommitted >= COMMIT_EVERY || clock.millis() - lastCommit >= COMMIT_MILLIS) {
        search.commit();
        uncommitted = 0;
        lastCommit = clock.millis();
        unrefreshed = false;
      } else {
        unrefreshed = true;
      }
    } catch (RuntimeException e) {
      searchProblem = "the search index could not be updated (it will be rebuilt when the store is next opened): "
          + e.getMessage();
    }
  }

  /** Why the search index fell behind the store in this session, or null when it has not. */
  public String searchProblem() {
    return searchProblem;
  }

  private IngestOutcome write(DatedDocument article, String key, String signature, List<Event> reports,
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
    long seq = nextSeq("mentions");
    for (List<Event> group : merger.groupWithinDocument(reports)) {
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
    if (dialect == Dialect.DUCKDB && sequences.containsKey(table)) {
      return sequences.merge(table, 1L, Long::sum);
    }
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table)) {
      r.next();
      long next = r.getLong(1);
      sequences.put(table, next);
      return next;
    }
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

  /** Stored events matching the query, by date (undated last), then arrival. */
  public List<StoredEvent> events(EventQuery q) throws StoreException {
    List<StoredEvent> out = new ArrayList<>();
    scan(q, out::add);
    return out;
  }

  /** Streams the events matching the query to {@code sink}, without holding them all. */
  public void scan(EventQuery q, Consumer<StoredEvent> sink) throws StoreException {
    if (q.ids() != null && q.ids().isEmpty()) {
      return;
    }
    List<Object> args = new ArrayList<>();
    String where = Filters.where(q, args);
    String sql = "SELECT record FROM events" + where + " ORDER BY date_from NULLS LAST, seq, id LIMIT " + q.limit()
        + " OFFSET " + q.offset();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setFetchSize(1000);
      Rows.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(EventJson.readStored(r.getString(1)));
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw translate(description, "reading events", e);
    }
  }

  /** How many stored events match the query, ignoring its limit and offset. */
  public long count(EventQuery q) throws StoreException {
    if (q.ids() != null && q.ids().isEmpty()) {
      return 0;
    }
    List<Object> args = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM events" + Filters.where(q, args);
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Rows.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        long n = r.getLong(1);
        connection.commit();
        return n;
      }
    } catch (SQLException e) {
      throw translate(description, "counting events", e);
    }
  }

  /** One stored event by id. */
  public Optional<StoredEvent> event(String id) throws StoreException {
    List<StoredEvent> found = events(EventQuery.all().withIds(List.of(id)).page(1, 0));
    return found.stream().findFirst();
  }

  /** Stored documents in arrival order, a page at a time. */
  public List<StoredDocument> documents(int limit, int offset) throws StoreException {
    return documents(" ORDER BY seq LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset), List.of());
  }

  /** A stored document by its key, or failing that by its document id (the newest with that id). */
  public Optional<StoredDocument> document(String keyOrDoc) throws StoreException {
    List<StoredDocument> d = documents(" WHERE doc_key = ? OR doc = ? ORDER BY (doc_key = ?) DESC, seq DESC LIMIT 1",
        List.of(keyOrDoc, keyOrDoc, keyOrDoc));
    return d.stream().findFirst();
  }

  private List<StoredDocument> documents(String tail, List<Object> args) throws StoreException {
    String sql = "SELECT doc_key, doc, title, url, published, published_from, published_to, published_basis, language, "
        + "body, duplicate_of, events FROM documents" + tail;
    List<StoredDocument> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Rows.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new StoredDocument(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
              r.getInt(12)));
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw translate(description, "reading documents", e);
    }
    return out;
  }

  /** Row counts, for reports and checks. */
  public record Counts(long documents, long duplicates, long events, long mentions) {}

  public Counts counts() throws StoreException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM documents), "
            + "(SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL), (SELECT COUNT(*) FROM events), "
            + "(SELECT COUNT(*) FROM mentions)")) {
      r.next();
      Counts c = new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
      connection.commit();
      return c;
    } catch (SQLException e) {
      throw translate(description, "counting rows", e);
    }
  }

  /** The schema version the store is at. */
  public int schemaVersion() throws StoreException {
    try {
      int v = Migrations.current(connection);
      connection.commit();
      return v;
    } catch (SQLException e) {
      throw translate(description, "reading the schema version", e);
    }
  }

  @Override
  public void close() {
    try {
      search.commit();
    } catch (RuntimeException e) {
      // The next open sees the index behind the store and rebuilds it.
    }
    closeQuietly(search);
    statements.values().forEach(EventStore::closeQuietly);
    closeQuietly(connection);
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is gone; the database discards the open transaction itself.
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      // Closing after a failure or at the end: the original error is what the user needs to see.
    }
  }

  private static Properties properties(Dialect dialect) {
    Properties p = new Properties();
    if (dialect == Dialect.POSTGRES) {
      p.setProperty("connectTimeout", "10");
      p.setProperty("socketTimeout", "300");
      p.setProperty("ApplicationName", "attache");
    }
    return p;
  }

  private static void prepareFolder(String url) throws StoreException {
    String file = url.substring("jdbc:duckdb:".length());
    int q = file.indexOf('?');
    file = q >= 0 ? file.substring(0, q) : file;
    if (file.isEmpty() || file.equals(":memory:") || file.startsWith(":memory:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.FAILED, "cannot create the store's folder " + parent + ": " + e.getMessage(), e);
    }
  }

  static String describe(String url) {
    if (url.startsWith("jdbc:duckdb:")) {
      String f = url.substring("jdbc:duckdb:".length());
      return f.isEmpty() ? "an in-memory store" : f;
    }
    String rest = url.replaceFirst("^jdbc:postgresql:(//)?", "");
    int q = rest.indexOf('?');
    return "PostgreSQL " + (q >= 0 ? rest.substring(0, q) : rest);
  }

  private static StoreException openFailure(String where, SQLException e) {
    String m = Objects.toString(e.getMessage(), "");
    if (m.contains("lock") && m.contains("onflicting")) {
      return new StoreException(StoreException.Kind.UNAVAILABLE, "the store " + where
          + " is in use by another process (an 'attache serve' or 'ingest'?); stop it or use another --db", e);
    }
    if ("08001".equals(e.getSQLState()) || "08004".equals(e.getSQLState()) || m.contains("Connection refused")
        || m.contains("UnknownHost") || m.contains("timed out")) {
      return new StoreException(StoreException.Kind.UNAVAILABLE, "cannot connect to " + where + ": " + firstLine(m), e);
    }
    return translate(where, "opening the store", e);
  }

  static StoreException translate(String where, String doing, SQLException e) {
    String m = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
    if ("53100".equals(e.getSQLState()) || m.contains("No space left") || m.toLowerCase(java.util.Locale.ROOT).contains("disk full")) {
      return new StoreException(StoreException.Kind.DISK_FULL, "the disk of " + where + " is full while " + doing
          + "; that write was rolled back and everything stored before it is intact: " + firstLine(m), e);
    }
    String state = e.getSQLState();
    if (state != null && state.startsWith("08")) {
      return new StoreException(StoreException.Kind.UNAVAILABLE, "lost the connection to " + where + " while " + doing
          + "; that write was rolled back: " + firstLine(m), e);
    }
    return new StoreException(StoreException.Kind.FAILED, where + ": failed " + doing + ": " + firstLine(m), e);
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl >= 0 ? m.substring(0, nl) : m;
  }
}
