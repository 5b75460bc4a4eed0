package org.attache.server;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, with bursts up to a
 * tenth of that (at least 20). Thread-safe.
 */
final class RateLimiter {
  private final double perMilli;
  private final double burst;
  private final Clock clock;
  private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, Clock clock) {
    this.perMilli = perMinute / 60_000.0;
    this.burst = Math.max(20, perMinute / 10.0);
    this.clock = clock;
  }

  /** Whether the client may make one more request now; takes it from its bucket when so. */
  boolean allow(String client) {
    long now = clock.millis();
    double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
    synchronized (b) {
      b[0] = Math.min(burst, b[0] + (now - b[1]) * perMilli);
      b[1] = now;
      if (b[0] < 1) {
        return false;
      }
      b[0] -= 1;
      return true;
    }
  }

  /** Seconds until the client has a request again, at least 1. */
  long retryAfterSeconds() {
    return Math.max(1, (long) Math.ceil(1 / perMilli / 1000));
  }
}
