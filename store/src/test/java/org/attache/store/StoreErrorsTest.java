package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when the store cannot be used. */
class StoreErrorsTest {
  @TempDir Path dir;

  @Test
  void open_unknownUrl_usageErrorQuotingIt() {
    assertThatThrownBy(() -> EventStore.open(new StoreConfig("jdbc:mysql://db/attache", dir), Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("'jdbc:mysql://db/attache'")
        .hasMessageContaining("jdbc:postgresql://")
        .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.USAGE));
  }

  @Test
  void open_unreachableServer_unavailableWithoutPassword() {
    // Port 9 (discard) on loopback: nothing listens there.
    String url = "jdbc:postgresql://127.0.0.1:9/attache?user=u&password=secret";
    assertThatThrownBy(() -> EventStore.open(new StoreConfig(url, dir), Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot connect to PostgreSQL 127.0.0.1:9/attache")
        .hasMessageNotContaining("secret")
        .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.UNAVAILABLE));
  }

  @Test
  void open_fileThatIsNotADatabase_messageNamesTheFile() throws Exception {
    Path notADatabase = dir.resolve("data").resolve(StoreConfig.EMBEDDED_FILE);
    java.nio.file.Files.createDirectories(notADatabase.getParent());
    java.nio.file.Files.writeString(notADatabase, "this is not a DuckDB file");
    assertThatThrownBy(() -> EventStore.open(StoreConfig.embedded(dir.resolve("data")), Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(notADatabase.toString());
  }
}
