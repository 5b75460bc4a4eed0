package org.attache.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Stores one article in the DuckDB file named by its argument, says so, and halts the JVM without
 * closing the store, as a killed process would; run by {@link CrashRecoveryTest}.
 */
final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    EventStore store = EventStore.open(new StoreConfig("jdbc:duckdb:" + args[0], Path.of(args[0] + ".data")),
        Clock.systemUTC());
    System.out.println(store.add(EventStoreTest.article("000.txt", CrashRecoveryTest.ORIGINAL, "2025-01-31"),
        List.of()).status());
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
