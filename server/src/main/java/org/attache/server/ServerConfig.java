package org.attache.server;

import java.util.Objects;

/**
 * How the server listens and what it allows. Immutable.
 *
 * @param host the address to bind; {@code 127.0.0.1} (the default) keeps it on this machine
 * @param port the port, or 0 for any free one
 * @param token the secret {@code POST /api/articles} requires (as {@code Authorization: Bearer
 *     TOKEN}), or null to refuse every write
 * @param openReads whether reads need no token; true by default on loopback, and a server bound
 *     to another address asks for the token on reads too unless this is set
 * @param maxBodyBytes the largest request body accepted
 * @param requestsPerMinute requests allowed per client address and minute
 */
public record ServerConfig(String host, int port, String token, boolean openReads, long maxBodyBytes, int requestsPerMinute) {
  public static final String LOOPBACK = "127.0.0.1";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    if (token != null && token.length() < 16) {
      throw new IllegalArgumentException("the token must be at least 16 characters, was " + token.length());
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
    }
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException("requestsPerMinute must be positive, was " + requestsPerMinute);
    }
  }

  /** Loopback, the given port and token, reads open, 2 MiB bodies, 6,000 requests a minute per client. */
  public static ServerConfig defaults(int port, String token) {
    return new ServerConfig(LOOPBACK, port, token, true, 2L * 1024 * 1024, 6_000);
  }

  /** Whether the server listens on this machine only. */
  public boolean loopback() {
    return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1");
  }
}
