package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.attache.model.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while the embedded store writes: a clear message, the article rolled back, and
 * everything stored before it intact. The disk is a small tmpfs mounted for the test, which needs
 * root (as CI runs); elsewhere the test skips and says so.
 */
class DiskFullTest {
  @TempDir Path dir;
  private Path mount;
  private boolean mounted;

  @BeforeEach
  void mountSmallDisk() throws Exception {
    mount = Files.createDirectories(dir.resolve("disk"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    mounted = p.waitFor() == 0;
    assumeTrue(mounted, "skipped: cannot mount a small tmpfs to fill (needs root): " + out.strip());
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
    }
  }

  @Test
  void add_diskFull_clearMessageAndEarlierArticlesIntact() throws Exception {
    StoreConfig config = StoreConfig.embedded(mount.resolve("data"));
    Clock clock = Clock.systemUTC();
    try (EventStore store = EventStore.open(config, clock)) {
      for (int i = 0; i < 3; i++) {
        store.add(EventStoreTest.article("a" + i + ".txt", text(i, 2_000), "2025-01-31"), List.of(meeting("a" + i + ".txt")));
      }
      Path filler = fill(mount.resolve("filler"));
      assertThatThrownBy(() -> {
        for (int i = 3; i < 50; i++) {
          store.add(EventStoreTest.article("b" + i + ".txt", text(i, 200_000), "2025-01-31"), List.of(meeting("b" + i + ".txt")));
        }
      }).isInstanceOf(StoreException.class)
          .hasMessageContaining("is full")
          .hasMessageContaining("rolled back")
          .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.DISK_FULL));
      Files.delete(filler);
    }
    try (EventStore store = EventStore.open(config, clock)) {
      EventStore.Counts c = store.counts();
      assertThat(c.documents()).isGreaterThanOrEqualTo(3);
      assertThat(c.events()).isEqualTo(c.documents());
      assertThat(c.mentions()).isEqualTo(c.documents());
      assertThat(store.document("a0.txt")).isPresent();
    }
  }

  private static Event meeting(String doc) {
    return EventStoreTest.report("m-" + doc, doc, "040", new org.attache.model.ActorRef("Iran", "Iran", "IRN", "IRN"),
        new org.attache.model.ActorRef("Russia", "Russia", "RUS", "RUS"), "2025-01-" + (10 + Math.abs(doc.hashCode() % 18)),
        "explicit", "Iran and Russia met in " + doc + ".");
  }

  /** Distinct words, so that neither the fingerprint nor compression makes articles alike. */
  private static String text(int seed, int words) {
    StringBuilder s = new StringBuilder();
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < words; i++) {
      s.append(Long.toString(r.nextLong() & Long.MAX_VALUE, 36)).append(i % 20 == 19 ? ".\n" : " ");
    }
    return s.toString();
  }

  private static Path fill(Path file) {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      return file;
    }
  }
}
