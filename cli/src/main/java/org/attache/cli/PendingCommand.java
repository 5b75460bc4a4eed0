package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Add articles to the store, idempotently. (Not yet available.)")
  static final class Ingest extends PendingCommand {
    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL; default: the embedded store in ./attache-data/") String db;
    @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

    @Override
    String name() {
      return "ingest";
    }

    @Override
    String landsWith() {
      return "the store (issue #5)";
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true, description = "Query stored events. (Not yet available.)")
  static final class Events extends PendingCommand {
    @Option(names = "--db", paramLabel = "URL") String db;
    @Option(names = "--actor") String actor;
    @Option(names = "--country", paramLabel = "ISO3") String country;
    @Option(names = "--dyad", paramLabel = "A,B") String dyad;
    @Option(names = "--code", paramLabel = "PREFIX") String code;
    @Option(names = "--from", paramLabel = "DATE") String from;
    @Option(names = "--to", paramLabel = "DATE") String to;
    @Option(names = "--format") String format;

    @Override
    String name() {
      return "events";
    }

    @Override
    String landsWith() {
      return "the store (issue #5)";
    }
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
