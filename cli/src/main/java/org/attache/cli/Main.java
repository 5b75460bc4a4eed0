package org.attache.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code attache} command. {@link #run} takes its streams as arguments and returns the exit
 * code, so tests drive it exactly as a user does.
 */
@Command(
    name = "attache",
    mixinStandardHelpOptions = true,
    version = "attache 0.1.0",
    description = "Event data from international-relations news: who did what to whom, when and where.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      SparkCommand.class,
      DemoCommand.class,
      EvalCommand.class
    })
public final class Main implements Runnable {
  /** Success. */
  public static final int OK = 0;
  /** The input had errors, but the run finished. */
  public static final int INPUT_ERRORS = 1;
  /** A usage error: unknown flag, missing path. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.console() != null));
  }

  /**
   * Runs the command line.
   *
   * @param interactive whether stderr is a terminal, which turns progress bars on
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    CommandLine cli = new CommandLine(new Main(), new Factory(out, err, interactive));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("attache: " + ex.getMessage());
      CommandLine c = ex.getCommandLine();
      err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof UsageException) {
        err.println("attache: " + ex.getMessage());
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
      }
      if (ex instanceof StoreOptions.StoreFailure) {
        err.println("attache: " + ex.getMessage());
        return INPUT_ERRORS;
      }
      err.println("attache: internal error: " + ex);
      ex.printStackTrace(err);
      return INPUT_ERRORS;
    });
    return cli.execute(args);
  }

  /** Gives commands the streams and terminal flag of this run. */
  private record Factory(PrintStream out, PrintStream err, boolean interactive) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (Io.class.isAssignableFrom(cls)) {
        K k = CommandLine.defaultFactory().create(cls);
        ((Io) k).io(out, err, interactive);
        return k;
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** A command that writes to this run's streams. */
  interface Io {
    void io(PrintStream out, PrintStream err, boolean interactive);
  }

  /** A user mistake found after parsing (a path that does not exist): exit 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
