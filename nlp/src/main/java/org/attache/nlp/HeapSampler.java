package org.attache.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the JVM's used heap every few milliseconds on a daemon thread and keeps the peak since
 * the last {@link #reset}. Thread-safe.
 */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts a new peak from the heap used now. */
  void reset() {
    peak.set(used());
  }

  /** The most heap seen in use since the last reset, in bytes. */
  long peak() {
    return Math.max(peak.get(), used());
  }

  /** The heap still in use after a full collection: what the loaded models and data hold. */
  long liveAfterGc() {
    memory.gc();
    return used();
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      peak.accumulateAndGet(used(), Math::max);
      try {
        Thread.sleep(INTERVAL_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
