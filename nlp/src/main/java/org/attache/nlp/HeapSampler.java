package org.attache.nlp;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the JVM's heap: the most in use (sampled every few milliseconds on a daemon thread,
 * which grows with {@code -Xmx} since the collector lets garbage pile up to it) and the most
 * still live after a collection (from the collectors' notifications: what the work needs), each
 * since the last {@link #reset}. Thread-safe.
 */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final Thread thread;
  private final NotificationListener afterGc = this::afterGc;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(afterGc, null, null);
      }
    }
  }

  /** Starts new peaks from the heap used now. */
  void reset() {
    peak.set(used());
    peakLive.set(0);
  }

  /**
   * The most heap still in use after a collection since the last reset, in bytes; 0 when no
   * collection ran.
   */
  long peakLive() {
    return peakLive.get();
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

  private void afterGc(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    long live = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
    peakLive.accumulateAndGet(live, Math::max);
  }

  @Override
  public void close() {
    thread.interrupt();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        try {
          emitter.removeNotificationListener(afterGc);
        } catch (ListenerNotFoundException e) {
          // never added to this collector: nothing to remove
        }
      }
    }
  }
}
