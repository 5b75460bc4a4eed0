package org.attache.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Works around a DuckDB bug (1.4.x, duckdb/duckdb#23788): when a process dies with a write-ahead
 * log pending and the next process replays it and closes, the checkpoint at close writes the
 * secondary indexes without the replayed rows. Lookups through them then miss those rows for good
 * (a full scan still finds them): re-posts of articles stored before the crash were no longer
 * linked (seen in {@code IngestKillTest}), and the event merge keys are indexed the same way.
 * Stateless.
 *
 * <p>Design decision: when the log is pending at open, every secondary index is dropped and
 * created again from the tables and checkpointed at once, so that the log the next writes start
 * holds no index definitions to replay. It costs a moment on a large store, and only after a
 * crash. A store already damaged by an earlier crash is not detected; dropping and creating its
 * indexes repairs it.
 */
final class DuckDbRecovery {
  private DuckDbRecovery() {}

  /** Whether the DuckDB file of this URL has a write-ahead log left by a process that did not close it. */
  static boolean walPending(String url) {
    String file = url.substring("jdbc:duckdb:".length()).replaceFirst("\\?.*$", "");
    if (file.isEmpty() || file.startsWith(":memory:")) {
      return false;
    }
    return Files.exists(Path.of(file + ".wal"));
  }

  /** Drops and creates again every index made by {@code CREATE INDEX} (constraints are not affected). */
  static void rebuildIndexes(Connection c) throws SQLException {
    Map<String, String> indexes = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT index_name, sql FROM duckdb_indexes() "
            + "WHERE database_name = current_database() AND sql IS NOT NULL ORDER BY index_name")) {
      while (r.next()) {
        indexes.put(r.getString(1), r.getString(2));
      }
    }
    try (Statement s = c.createStatement()) {
      for (Map.Entry<String, String> i : indexes.entrySet()) {
        s.execute("DROP INDEX \"" + i.getKey().replace("\"", "\"\"") + "\"");
        s.execute(i.getValue());
      }
      s.execute("CHECKPOINT");
    }
  }
}
