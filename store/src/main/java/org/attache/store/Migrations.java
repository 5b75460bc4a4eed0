package org.attache.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code migrations/V<n>__<what>.sql} on the class path, applied in
 * order, each in its own transaction, and recorded in {@code attache_schema}. A store whose
 * recorded version is newer than this build knows is refused, untouched.
 */
final class Migrations {
  /** The migrations this build knows, in order; their version is their position plus one. */
  static final List<String> FILES = List.of("V1__documents_events_mentions.sql");

  private Migrations() {}

  static int latest() {
    return FILES.size();
  }

  /** Brings the store up to {@link #latest()}; returns the version it was at (0 for a new store). */
  static int apply(Connection c, Clock clock) throws SQLException, StoreException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS attache_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
    int current = current(c);
    if (current > latest()) {
      throw new StoreException(StoreException.Kind.VERSION, "the store is at schema version " + current
          + ", newer than this Attaché understands (" + latest() + "); use a newer Attaché, nothing was changed");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= latest(); v++) {
        String name = FILES.get(v - 1);
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(name))) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO attache_schema (version, name, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, v);
          p.setString(2, name);
          p.setString(3, clock.instant().toString());
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return current;
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM attache_schema")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name + ": " + e.getMessage(), e);
    }
  }

  /** The script's statements: split on semicolons at line ends, comment lines dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      cur.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String sql = cur.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
