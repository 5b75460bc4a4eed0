package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.attache.sample.Sample;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.attache.store.StoreException;
import org.attache.store.StoredDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing {@code attache ingest} (SIGKILL, no chance to clean up) again and again in the middle of
 * a batch, resuming the same store each time, then finishing it, gives exactly the store a single
 * uninterrupted run gives: the same documents, the same events, nothing lost, nothing twice.
 *
 * <p>Each kill point is random: the child is killed a random delay after it reports its first
 * newly stored article, so kills land while it annotates, while it writes, or between the two. The
 * seed is printed; {@code -Dattache.kill.seed=N} replays a run. The default build tries 3 kill
 * points on the sample articles; {@code mvn verify -Preliability} tries 20 on a larger batch.
 *
 * <p>Design decision: one store killed and resumed repeatedly, rather than a fresh store per kill
 * point, because each child JVM spends most of its life loading the language models.
 */
class IngestKillTest {
  @TempDir Path dir;

  @Test
  void ingest_killedAt3RandomPointsThenFinished_sameStoreAsOneRun() throws Exception {
    survivesKills(3, 0, 600);
  }

  @Test
  @Tag("reliability")
  void ingest_killedAt20RandomPointsThenFinished_sameStoreAsOneRun() throws Exception {
    survivesKills(20, 3, 800);
  }

  /**
   * Ingests the sample articles plus {@code mixesPerFile} mixed articles per sample text, killing
   * the ingest {@code points} times, and compares the result with one clean run.
   */
  private void survivesKills(int points, int mixesPerFile, int maxDelayMillis) throws Exception {
    long seed = Long.getLong("attache.kill.seed", System.nanoTime());
    System.out.printf("IngestKillTest: %d kill points, seed %d (-Dattache.kill.seed=%d replays it)%n", points, seed, seed);
    Random random = new Random(seed);
    Path input = corpus(mixesPerFile);
    Path killedStore = dir.resolve("killed.duckdb");
    String killed = "jdbc:duckdb:" + killedStore;
    String clean = "jdbc:duckdb:" + dir.resolve("clean.duckdb");

    int kills = 0;
    int reportedAdded = 0;
    for (; kills < points; kills++) {
      Cycle c = runAndKill(List.of("ingest", "--verbose", "--db", killed, input.toString()), random.nextInt(maxDelayMillis));
      assertThat(c.killed()).as("kill point %d of %d: the batch finished before it (too few articles?); seed %d",
          kills + 1, points, seed).isTrue();
      reportedAdded += c.added();
      // What one kill point left must open, and hold no article twice, before the next one runs.
      assertThat(duplicateKeys(documents(killed))).as("after kill point %d, seed %d", kills + 1, seed).isZero();
    }
    MainTest.Run resume = MainTest.run("ingest", "--db", killed, input.toString());
    assertThat(resume.code()).as(resume.err()).isZero();
    MainTest.Run once = MainTest.run("ingest", "--db", clean, input.toString());
    assertThat(once.code()).as(once.err()).isZero();

    List<StoredDocument> expected = documents(clean);
    List<StoredDocument> actual = documents(killed);
    Set<String> expectedKeys = keys(expected);
    Set<String> actualKeys = keys(actual);
    long lost = expectedKeys.stream().filter(k -> !actualKeys.contains(k)).count();
    long duplicates = duplicateKeys(actual) + actualKeys.stream().filter(k -> !expectedKeys.contains(k)).count();
    List<StoredDocument> differing = actual.stream().filter(d -> expectedKeys.contains(d.key()) && !expected.contains(d))
        .toList();
    for (StoredDocument d : differing) {
      System.out.printf("IngestKillTest: differs: %s%n  clean:  %s%n  killed: %s%n", d.doc(),
          expected.stream().filter(e -> e.key().equals(d.key())).map(IngestKillTest::brief).toList(), brief(d));
    }
    System.out.printf("IngestKillTest: seed %d: %d kill points survived, %d articles stored by the killed runs, "
            + "%d documents in the clean store; documents lost %d, duplicates %d, stored differently %d%n", seed, kills,
        reportedAdded, expected.size(), lost, duplicates, differing.size());
    assertThat(lost).as("documents lost, seed %d", seed).isZero();
    assertThat(duplicates).as("duplicates, seed %d", seed).isZero();
    assertThat(differing).as("documents stored differently, seed %d", seed).isEmpty();
    assertThat(actual).as("seed %d", seed).isEqualTo(expected);
    assertThat(counts(killed)).as("seed %d", seed).isEqualTo(counts(clean));
    assertThat(events(killed)).as("seed %d", seed).isEqualTo(events(clean)).isNotEmpty();
  }

  /**
   * The sample files, plus per sample text {@code mixes} articles made of its first half and the
   * second half of another: new texts that share events with stored ones, and re-posts where the
   * first half is most of a text, so merging and re-post linking are exercised across kills.
   */
  private Path corpus(int mixes) throws IOException {
    Path input = Files.createDirectories(dir.resolve("articles"));
    List<String> texts = new ArrayList<>();
    for (Sample.File f : Sample.files()) {
      String name = Path.of(f.name()).getFileName().toString();
      Files.write(input.resolve(name), f.bytes());
      if (name.endsWith(".txt")) {
        texts.add(new String(f.bytes(), StandardCharsets.UTF_8));
      }
    }
    for (int m = 1; m <= mixes; m++) {
      for (int i = 0; i < texts.size(); i++) {
        String a = half(texts.get(i), true);
        String b = half(texts.get((i + 2 * m - 1) % texts.size()), false);
        Files.writeString(input.resolve(String.format("mix-%d-%02d.txt", m, i)), a + "\n\n" + b);
      }
    }
    return input;
  }

  private static String half(String text, boolean first) {
    String[] paragraphs = text.strip().split("\n\\s*\n");
    int cut = Math.max(1, paragraphs.length / 2);
    List<String> p = List.of(paragraphs);
    return String.join("\n\n", first ? p.subList(0, cut) : p.subList(cut, p.size()));
  }

  /** One child run: whether it was killed (rather than finishing), and how many articles it said it stored. */
  private record Cycle(boolean killed, int added) {}

  /** Starts the command in a new JVM and kills it {@code delayMillis} after it stores its first new article. */
  private static Cycle runAndKill(List<String> args, int delayMillis) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    CountDownLatch stored = new CountDownLatch(1);
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(line);
          }
          if (line.contains(": added,")) {
            stored.countDown();
          }
        }
      } catch (IOException e) {
        // The process was killed; its output ends here.
      } finally {
        stored.countDown(); // ended without storing anything: let the caller see it
      }
    });
    reader.start();
    assertThat(stored.await(5, TimeUnit.MINUTES)).as("the child stored nothing in 5 minutes: %s", lines).isTrue();
    Thread.sleep(delayMillis);
    boolean killed = p.isAlive();
    p.destroyForcibly(); // SIGKILL on Unix
    p.waitFor(1, TimeUnit.MINUTES);
    reader.join(10_000);
    synchronized (lines) {
      int added = (int) lines.stream().filter(l -> l.contains(": added,")).count();
      assertThat(added).as("the child's output: %s", lines).isPositive();
      return new Cycle(killed, added);
    }
  }

  private List<StoredDocument> documents(String url) throws StoreException {
    try (EventStore store = EventStore.open(new StoreConfig(url, dir.resolve("data")), Clock.systemUTC())) {
      return store.documents(Integer.MAX_VALUE, 0);
    }
  }

  /** A stored document without its text, for messages. */
  private static String brief(StoredDocument d) {
    return String.format("key %s, published %s [%s, %s] by %s, title %s, duplicate of %s, %d events, %d chars",
        d.key(), d.published(), d.publishedFrom(), d.publishedTo(), d.publishedBasis(), d.title(), d.duplicateOf(),
        d.events(), d.text().length());
  }

  private EventStore.Counts counts(String url) throws StoreException {
    try (EventStore store = EventStore.open(new StoreConfig(url, dir.resolve("data")), Clock.systemUTC())) {
      return store.counts();
    }
  }

  private static Set<String> keys(List<StoredDocument> docs) {
    return docs.stream().map(StoredDocument::key).collect(Collectors.toSet());
  }

  private static long duplicateKeys(List<StoredDocument> docs) {
    return docs.size() - docs.stream().map(StoredDocument::key).collect(Collectors.toCollection(HashSet::new)).size();
  }

  private static List<String> events(String db) {
    MainTest.Run r = MainTest.run("events", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return r.lines().stream().sorted().collect(Collectors.toList());
  }
}
