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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.attache.format.EventJson;
import org.attache.merge.EventMerger;
import org.attache.merge.TextFingerprint;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
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

  /** The writing connection; replaced by {@link #reconnect}. */
  private Connection connection;
  private final Dialect dialect;
  private final String description;
  private final Clock clock;
  private ArticleWriter writer;
  private final SearchIndex search;
  private final String url;
  /** Reads run on a connection per thread, so a server answers requests side by side. */
  private final ThreadLocal<Connection> readers = new ThreadLocal<>();
  private final List<Connection> allReaders = new java.util.concurrent.CopyOnWriteArrayList<>();
  private String searchProblem;
  /** Articles indexed since the search index's last commit. */
  private int uncommitted;
  private volatile boolean unrefreshed;
  private long lastCommit;
  /** The search index is committed after this many articles, or this long, whichever comes first. */
  private static final int COMMIT_EVERY = 200;
  private static final long COMMIT_MILLIS = 10_000;

  private EventStore(Connection connection, Dialect dialect, String url, Clock clock, SearchIndex search) {
    this.connection = connection;
    this.dialect = dialect;
    this.url = url;
    this.description = describe(url);
    this.clock = clock;
    this.writer = new ArticleWriter(connection, dialect, clock, new EventMerger());
    this.search = search;
  }

  /** This thread's reading connection, opened on first use and closed with the store. */
  private Connection reader() throws SQLException {
    Connection c = readers.get();
    if (c == null || c.isClosed()) {
      c = dialect == Dialect.DUCKDB ? connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate()
          : DriverManager.getConnection(url, properties(dialect));
      c.setAutoCommit(true);
      readers.set(c);
      allReaders.add(c);
    }
    return c;
  }

  /** A read on a connection. */
  @FunctionalInterface
  private interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs a read on this thread's connection. When the connection turns out to be lost (a
   * PostgreSQL server restarted under a running {@code serve}), the read runs once more on a new
   * one, so that the server answers again as soon as the database does.
   *
   * @param doing what the read does, for messages
   */
  private <T> T read(String doing, Read<T> body) throws StoreException {
    return read(doing, () -> true, body);
  }

  /** As {@link #read(String, Read)}, running the read again only while {@code again} says so. */
  private <T> T read(String doing, BooleanSupplier again, Read<T> body) throws StoreException {
    try {
      return body.run(reader());
    } catch (SQLException e) {
      if (!lost(e)) {
        throw translate(description, doing, e);
      }
      dropReader();
      if (!again.getAsBoolean()) {
        throw readFailure(doing, e);
      }
      try {
        return body.run(reader());
      } catch (SQLException second) {
        if (lost(second)) {
          dropReader();
          throw readFailure(doing, second);
        }
        throw translate(description, doing, second);
      }
    }
  }

  private StoreException readFailure(String doing, SQLException e) {
    return new StoreException(StoreException.Kind.UNAVAILABLE, "lost the connection to " + description + " while "
        + doing + ": " + firstLine(Objects.toString(e.getMessage(), e.getClass().getSimpleName())), e);
  }

  /**
   * Whether the connection itself failed: SQLSTATE class 08 (connection exceptions), or 57P01 to
   * 57P03 (the server shutting down, crashed, or starting up).
   */
  private static boolean lost(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }

  /** Forgets this thread's reading connection; the next read opens another. */
  private void dropReader() {
    Connection c = readers.get();
    readers.remove();
    if (c != null) {
      allReaders.remove(c);
      closeQuietly(c);
    }
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
    boolean crashed = dialect == Dialect.DUCKDB && DuckDbRecovery.walPending(url);
    Connection c;
    try {
      c = DriverManager.getConnection(url, properties(dialect));
    } catch (SQLException e) {
      throw openFailure(description, e);
    }
    SearchIndex index = null;
    try {
      Migrations.apply(c, clock);
      if (crashed) {
        DuckDbRecovery.rebuildIndexes(c);
      }
      c.setAutoCommit(false);
      index = SearchIndex.open(searchFolder(config, url));
      EventStore store = new EventStore(c, dialect, url, clock, index);
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

  /**
   * Ids of stored events whose evidence or actors match a full-text query, best first, at most
   * {@link #MAX_TEXT_MATCHES}: a text filter narrows events to its best matches, as a search
   * engine's results do, rather than to every event sharing a common word.
   */
  public List<String> searchEvents(String query, int limit) {
    refreshSearch();
    return search.ids(query, SearchIndex.Kind.EVENT, Math.min(limit, MAX_TEXT_MATCHES));
  }

  /** The most events a text filter selects. */
  public static final int MAX_TEXT_MATCHES = 500;

  private void refreshSearch() {
    if (unrefreshed) {
      search.refresh();
      unrefreshed = false;
    }
  }

  /** Documents and events matching a full-text query, best first. */
  public List<SearchIndex.Hit> search(String query, SearchIndex.Kind kind, int limit) {
    refreshSearch();
    return search.search(query, kind, limit);
  }

  /** Where the store is, for messages: a file path or {@code host/database}, never a password. */
  public String description() {
    return description;
  }

  /** Whether an article with this cleaned text is already stored (so it need not be annotated). */
  public boolean contains(String text) throws StoreException {
    String key = TextFingerprint.exact(text);
    return read("looking up an article", c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM documents WHERE doc_key = ?")) {
        p.setString(1, key);
        try (ResultSet r = p.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /**
   * Stores one article and its event reports in one transaction.
   *
   * @throws StoreException when the database fails; the article is then rolled back entirely
   */
  public synchronized IngestOutcome add(DatedDocument article, List<Event> reports) throws StoreException {
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
      IngestOutcome outcome = writer.write(article, key, signature, reports, touched);
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
   * Connects again to a PostgreSQL server after a lost connection ({@link
   * StoreException.Kind#UNAVAILABLE}), as when the server restarts: tries at once, then waits 0.5
   * s, 1 s, 2 s and so on (at most 8 s) between tries, for at most {@code patience} in all. On
   * success the writing and reading connections are new; nothing of the lost transaction survives
   * on the server, so the caller writes its article again (a commit that reached the server just
   * before the loss is found by the article's key and not written twice).
   *
   * <p>Design decision: bounded, so that a server that stays down ends the run with a message
   * rather than hanging it.
   *
   * @param waiting told, before each wait, what the store is waiting for
   * @throws StoreException of kind UNAVAILABLE when the server did not answer within {@code
   *     patience}, or the store is not a server
   */
  public synchronized void reconnect(Duration patience, Consumer<String> waiting) throws StoreException {
    if (dialect != Dialect.POSTGRES) {
      throw new StoreException(StoreException.Kind.UNAVAILABLE, description + " is not a server: nothing to reconnect to");
    }
    long deadline = clock.millis() + patience.toMillis();
    long pause = 500;
    while (true) {
      SQLException failure;
      try {
        Connection c = DriverManager.getConnection(url, properties(dialect));
        c.setAutoCommit(false);
        replaceConnections(c);
        return;
      } catch (SQLException e) {
        failure = e;
      }
      long left = deadline - clock.millis();
      if (left <= 0) {
        throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot reconnect to " + description + " within "
            + patience.toSeconds() + " s: " + firstLine(Objects.toString(failure.getMessage(), "")), failure);
      }
      long wait = Math.min(pause, left);
      waiting.accept("cannot reach " + description + " (" + firstLine(Objects.toString(failure.getMessage(), ""))
          + "); trying again in " + wait + " ms");
      sleep(wait);
      pause = Math.min(pause * 2, 8_000);
    }
  }

  private void replaceConnections(Connection c) {
    writer.close();
    closeQuietly(connection);
    // Closed readers are reopened by the next read on their thread.
    allReaders.forEach(EventStore::closeQuietly);
    allReaders.clear();
    connection = c;
    writer = new ArticleWriter(c, dialect, clock, new EventMerger());
  }

  private static void sleep(long millis) throws StoreException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(StoreException.Kind.UNAVAILABLE, "interrupted while waiting to reconnect", e);
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
    boolean[] emitted = {false};
    // Once part of the answer is out, running the read again would repeat that part.
    read("reading events", () -> !emitted[0], c -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setFetchSize(1000);
        Rows.bind(p, args);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            emitted[0] = true;
            sink.accept(EventJson.readStored(r.getString(1)));
          }
        }
      }
      return null;
    });
  }

  /** How many stored events match the query, ignoring its limit and offset. */
  public long count(EventQuery q) throws StoreException {
    if (q.ids() != null && q.ids().isEmpty()) {
      return 0;
    }
    List<Object> args = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM events" + Filters.where(q, args);
    return read("counting events", c -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        Rows.bind(p, args);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
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
    return read("reading documents", c -> {
      List<StoredDocument> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        Rows.bind(p, args);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new StoredDocument(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getInt(12)));
          }
        }
      }
      return out;
    });
  }

  /** Row counts, for reports and checks. */
  public record Counts(long documents, long duplicates, long events, long mentions) {}

  public Counts counts() throws StoreException {
    return read("counting rows", c -> {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM documents), "
              + "(SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL), (SELECT COUNT(*) FROM events), "
              + "(SELECT COUNT(*) FROM mentions)")) {
        r.next();
        return new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
      }
    });
  }

  /** A dyad's events by month, both directions (undated events left out). */
  public List<Aggregates.TimelinePoint> timeline(String a, String b) throws StoreException {
    return read("reading a timeline", c -> Summaries.timeline(c, a, b));
  }

  /** Country-to-country edges of the selected events, the busiest first. */
  public List<Aggregates.NetworkEdge> network(EventQuery q, int limit) throws StoreException {
    return read("reading the network", c -> Summaries.network(c, q, Math.max(1, limit)));
  }

  /** Actor codes on either side of events, the busiest first. */
  public List<Aggregates.ActorCount> actors(int limit) throws StoreException {
    return read("reading actors", c -> Summaries.actors(c, Math.max(1, limit)));
  }

  /** Places of the selected events, the busiest first. */
  public List<Aggregates.PlaceCount> places(EventQuery q, int limit) throws StoreException {
    return read("reading places", c -> Summaries.places(c, q, Math.max(1, limit)));
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
    writer.close();
    allReaders.forEach(EventStore::closeQuietly);
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
    if (lost(e)) {
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
