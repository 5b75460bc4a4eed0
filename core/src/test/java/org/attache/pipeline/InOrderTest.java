package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  /** Records what it is handed, in order, and which thread handed it. */
  private static final class Collected implements InOrder.Receiver<Integer, String> {
    final List<String> seen = new ArrayList<>();
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    @Override
    public void result(Integer item, String result) {
      seen.add(item + "=" + result);
      threads.add(Thread.currentThread());
    }

    @Override
    public void failure(Integer item, RuntimeException error) {
      seen.add(item + "!" + error.getMessage());
      threads.add(Thread.currentThread());
    }
  }

  @Test
  void results_comeInSubmissionOrder_onTheCallersThread_whateverOrderTheyFinishIn() {
    Random random = new Random(11);
    int[] delays = IntStream.range(0, 60).map(i -> random.nextInt(8)).toArray();
    Set<String> workers = ConcurrentHashMap.newKeySet();
    Function<Integer, String> slow = i -> {
      workers.add(Thread.currentThread().getName());
      sleep(delays[i]);
      if (i % 17 == 5) {
        throw new IllegalStateException("bad " + i);
      }
      return "r" + i;
    };
    Collected c = new Collected();
    try (InOrder<Integer, String> work = new InOrder<>(3, "test-worker", slow, c)) {
      for (int i = 0; i < delays.length; i++) {
        work.submit(i);
      }
      work.finish();
      assertThat(work.inFlight()).isZero();
    }
    List<String> expected = IntStream.range(0, 60).mapToObj(i -> i % 17 == 5 ? i + "!bad " + i : i + "=r" + i).toList();
    assertThat(c.seen).isEqualTo(expected);
    assertThat(c.threads).containsExactly(Thread.currentThread());
    assertThat(workers).allMatch(n -> n.startsWith("test-worker-")).hasSizeGreaterThan(1);
  }

  @Test
  void oneThread_runsOnTheCaller_likeAPlainLoop() {
    Collected c = new Collected();
    List<Thread> ran = new ArrayList<>();
    try (InOrder<Integer, String> work = new InOrder<>(1, "unused", i -> {
      ran.add(Thread.currentThread());
      return "r" + i;
    }, c)) {
      work.submit(1);
      assertThat(c.seen).containsExactly("1=r1"); // handed on at once
      work.submit(2);
      work.finish();
    }
    assertThat(c.seen).containsExactly("1=r1", "2=r2");
    assertThat(ran).containsOnly(Thread.currentThread());
  }

  @Test
  void atMostEightPerThreadAreInFlight() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch hold = new CountDownLatch(1);
    Collected c = new Collected();
    try (InOrder<Integer, String> work = new InOrder<>(2, "w", i -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      await(hold);
      running.decrementAndGet();
      return "r";
    }, c)) {
      for (int i = 0; i < 15; i++) {
        work.submit(i);
      }
      assertThat(work.inFlight()).isEqualTo(15);
      assertThat(c.seen).isEmpty();
      hold.countDown();
      work.submit(15); // the window (16) is full now: waits for the oldest and hands it on
      assertThat(c.seen).isNotEmpty().first().isEqualTo("0=r");
      work.finish();
    }
    assertThat(c.seen).hasSize(16);
    assertThat(most.get()).isLessThanOrEqualTo(2);
  }

  @Test
  void close_dropsWhatIsNotHandedOn_andStopsTheThreads() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Collected c = new Collected();
    AtomicInteger interrupted = new AtomicInteger();
    InOrder<Integer, String> work = new InOrder<>(2, "w", i -> {
      started.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
      }
      return "late";
    }, c);
    work.submit(1);
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    work.close();
    assertThat(work.inFlight()).isZero();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (interrupted.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(interrupted.get()).isEqualTo(1);
    assertThat(c.seen).isEmpty();
  }

  @Test
  void zeroThreads_isRefused() {
    assertThatThrownBy(() -> new InOrder<Integer, String>(0, "w", i -> "", new Collected()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
