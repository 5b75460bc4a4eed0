package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DuckDB store whose writer died (its log pending), then opened and closed by another process,
 * still finds through its indexes what the dead writer stored: the DuckDB bug {@link
 * DuckDbRecovery} works around made the re-post of such an article go unnoticed.
 */
class CrashRecoveryTest {
  static final String ORIGINAL = "Iran's Ambassador to Russia, Kazem Jalali, met Mikhail Bogdanov in Moscow on Wednesday"
      + " to discuss the situation in Syria and the South Caucasus. The rest of this article says more about the"
      + " relations between the two countries, their trade, their energy projects and their diplomats' many visits.";

  @TempDir Path dir;

  @Test
  void open_afterAWriterDied_repostOfItsArticleStillLinked() throws Exception {
    Path file = dir.resolve("store.duckdb");
    assertThat(crashingWrite(file)).isEqualTo("ADDED");
    assertThat(file.resolveSibling("store.duckdb.wal")).as("the dead writer's log").exists();
    StoreConfig config = new StoreConfig("jdbc:duckdb:" + file, dir.resolve("data"));
    try (EventStore store = EventStore.open(config, Clock.systemUTC())) {
      assertThat(store.counts().documents()).isEqualTo(1); // replayed; closing checkpoints
    }
    try (EventStore store = EventStore.open(config, Clock.systemUTC())) {
      IngestOutcome repost = store.add(EventStoreTest.article("repost.txt", "Share this story on social media\n\n"
          + ORIGINAL + "\n\nRead more: other stories from our partners", "2025-02-01"), List.of());
      assertThat(repost.status()).isEqualTo(IngestOutcome.Status.NEAR_DUPLICATE);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      List<String> bands = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT band FROM document_bands WHERE doc_key = "
          + "(SELECT doc_key FROM documents WHERE doc = '000.txt')")) {
        while (r.next()) {
          bands.add(r.getString(1));
        }
      }
      assertThat(bands).hasSize(16);
      try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM document_bands WHERE band = ?")) {
        for (String band : bands) {
          p.setString(1, band);
          try (ResultSet r = p.executeQuery()) {
            r.next();
            assertThat(r.getLong(1)).as("rows the index finds for band %s", band).isPositive();
          }
        }
      }
    }
  }

  /** Runs {@link CrashingWriter} in a JVM of its own; returns what it printed. */
  private static String crashingWrite(Path file) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return out.lines().filter(l -> !l.startsWith("SLF4J")).reduce((a, b) -> b).orElse(out).strip();
  }
}
