package org.attache.cli;

import java.util.concurrent.Callable;
import org.attache.server.ServerConfig;
import org.attache.store.EventStore;
import org.attache.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache serve}: the REST API and the web page over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the REST API and the web page over the store.")
final class ServeCommand extends IoCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--port", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
  int port;

  @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--token", paramLabel = "SECRET",
      description = "the token writes need (default: $ATTACHE_TOKEN, else a random one printed at start)")
  String token;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "6000",
      description = "requests allowed per client address and minute (default: ${DEFAULT-VALUE})")
  int rate;

  @Option(names = "--open-reads", description = "on an address other than loopback, let reads through without the token")
  boolean openReads;

  @Override
  public Integer call() {
    String secret = token != null ? token : System.getenv("ATTACHE_TOKEN");
    ServerConfig config;
    try {
      config = new ServerConfig(host, port, secret != null ? secret : Serving.randomToken(),
          openReads || isLoopback(host), 2L * 1024 * 1024, rate);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    try (EventStore db = store.open()) {
      Serving.serveUntilStopped(db, config, null, out, err);
      return Main.OK;
    } catch (StoreException e) {
      throw StoreOptions.StoreFailure.of(e);
    }
  }

  private static boolean isLoopback(String host) {
    return host.equals(ServerConfig.LOOPBACK) || host.equals("localhost") || host.equals("::1");
  }
}
