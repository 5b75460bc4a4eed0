package org.attache.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives.
 *
 * @param url a JDBC URL ({@code jdbc:duckdb:FILE} or {@code jdbc:postgresql://HOST/DB?user=...}),
 *     or null for the embedded store in {@code dataDir}
 * @param dataDir the folder for the embedded store and the search index ({@code ./attache-data})
 */
public record StoreConfig(String url, Path dataDir) {
  /** The embedded store's file name inside {@code dataDir}. */
  public static final String EMBEDDED_FILE = "attache.duckdb";

  public StoreConfig {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** The embedded store in {@code dataDir}. */
  public static StoreConfig embedded(Path dataDir) {
    return new StoreConfig(null, dataDir);
  }

  /** The JDBC URL to connect to. */
  public String jdbcUrl() {
    return url != null ? url : "jdbc:duckdb:" + dataDir.resolve(EMBEDDED_FILE).toAbsolutePath();
  }
}
