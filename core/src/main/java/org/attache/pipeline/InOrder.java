package org.attache.pipeline;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over items on a few threads and hands the results on in the order the items
 * came, on the thread that submits them: the expensive part (annotation) runs on every core, and
 * what follows (writing a file, storing) stays sequential, so the output is exactly what one thread
 * would give. At most {@code 8 * threads} items are in flight, so a long input is never held in
 * memory, while one long item at the head does not leave the other threads idle.
 *
 * <p>With one thread the function runs on the caller's thread, as a plain loop would.
 *
 * <p>Not thread-safe: one thread submits and receives.
 *
 * @param <T> what goes in
 * @param <R> what comes out
 */
public final class InOrder<T, R> implements AutoCloseable {
  /** Receives each item with its result, or with what the function threw. */
  public interface Receiver<T, R> {
    void result(T item, R result);

    void failure(T item, RuntimeException error);
  }

  /**
   * Items in flight per thread. Results are handed on in order, so while the oldest item is still
   * being worked on the others can only run ahead this far: with 2 per thread, a long article at
   * the head left the second core idle.
   */
  private static final int WINDOW_PER_THREAD = 8;

  private record Pending<T, R>(T item, Future<R> result) {}

  private final Function<T, R> function;
  private final Receiver<T, R> receiver;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Pending<T, R>> pending = new ArrayDeque<>();

  /**
   * @param threads how many items to work on at once; 1 runs them on the caller's thread
   * @param name the worker threads' name prefix, for thread dumps
   */
  public InOrder(int threads, String name, Function<T, R> function, Receiver<T, R> receiver) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.function = Objects.requireNonNull(function, "function");
    this.receiver = Objects.requireNonNull(receiver, "receiver");
    this.window = WINDOW_PER_THREAD * threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons(name));
  }

  /**
   * Starts work on an item, first handing on every result that is ready in order; waits when
   * the window is full.
   */
  public void submit(T item) {
    if (pool == null) {
      deliver(item, () -> function.apply(item));
      return;
    }
    pending.add(new Pending<>(item, pool.submit(() -> function.apply(item))));
    drain(false);
  }

  /** Waits for every submitted item and hands on its result. */
  public void finish() {
    drain(true);
  }

  /** How many items are submitted and not yet handed on. */
  public int inFlight() {
    return pending.size();
  }

  /**
   * Stops: items not yet handed on are dropped (their work is interrupted), and the threads end.
   * After {@link #finish()} nothing is dropped.
   */
  @Override
  public void close() {
    for (Pending<T, R> p : pending) {
      p.result().cancel(true);
    }
    pending.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private void drain(boolean all) {
    while (!pending.isEmpty() && (all || pending.size() >= window || pending.peek().result().isDone())) {
      Pending<T, R> head = pending.poll();
      deliver(head.item(), () -> await(head.result()));
    }
  }

  private void deliver(T item, java.util.function.Supplier<R> result) {
    R r;
    try {
      r = result.get();
    } catch (RuntimeException e) {
      receiver.failure(item, e);
      return;
    }
    receiver.result(item, r);
  }

  private static <R> R await(Future<R> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true; // finish the item: the caller's order depends on it
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
