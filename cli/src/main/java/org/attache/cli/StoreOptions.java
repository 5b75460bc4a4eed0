package org.attache.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.attache.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option the store's commands share, and opening the store it names. */
final class StoreOptions {
  /** The embedded store's folder, relative to where the command runs. */
  static final Path DEFAULT_DATA = Path.of("attache-data");

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL: jdbc:postgresql://HOST[:PORT]/DB?user=NAME&password=SECRET or jdbc:duckdb:FILE; "
          + "default: the embedded store in ./attache-data/")
  String db;

  StoreConfig config() {
    return new StoreConfig(db == null || db.isBlank() ? null : db.strip(), DEFAULT_DATA);
  }

  /**
   * Opens the store; a malformed URL is a usage error (exit 2), anything else a message and
   * exit 1 through {@link StoreFailure}.
   */
  EventStore open() {
    try {
      return EventStore.open(config(), Clock.systemUTC());
    } catch (StoreException e) {
      throw StoreFailure.of(e);
    }
  }

  /** A store error on its way to the user: a usage error or a one-line message with exit 1. */
  static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(String message, Throwable cause) {
      super(message, cause);
    }

    static RuntimeException of(StoreException e) {
      if (e.kind() == StoreException.Kind.USAGE) {
        return new Main.UsageException(e.getMessage());
      }
      return new StoreFailure(e.getMessage(), e);
    }
  }
}
