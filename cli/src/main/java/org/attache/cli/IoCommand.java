package org.attache.cli;

import java.io.PrintStream;

/** A command that writes to the run's streams, handed over by {@link Main}'s factory. */
abstract class IoCommand implements Main.Io {
  PrintStream out;
  PrintStream err;
  boolean interactive;

  @Override
  public void io(PrintStream out, PrintStream err, boolean interactive) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }
}
