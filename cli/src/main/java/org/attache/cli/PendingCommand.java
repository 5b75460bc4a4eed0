package org.attache.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Commands of the contract whose capability has not landed yet. They accept the contract's
 * options, so scripts can be written against them now, and answer with a clear message and exit
 * code 2 (nothing was run).
 */
abstract class PendingCommand extends IoCommand implements Callable<Integer> {
  abstract String name();

  abstract String landsWith();

  @Override
  public Integer call() {
    err.println("attache " + name() + ": not yet available; it arrives with " + landsWith()
        + ". Today: 'attache extract' reads, cleans and dates articles.");
    return Main.USAGE;
  }

  @Command(name = "serve", mixinStandardHelpOptions = true, description = "REST API and web UI. (Not yet available.)")
  static final class Serve extends PendingCommand {
    @Option(names = "--db", paramLabel = "URL") String db;
    @Option(names = "--port") int port;

    @Override
    String name() {
      return "serve";
    }

    @Override
    String landsWith() {
      return "the web page and REST API (issue #6)";
    }
  }
}
