package org.attache.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal and the job is more than a few
 * items, redrawn at most ten times a second. Not thread-safe.
 */
final class Progress {
  private static final int MIN_ITEMS = 5;
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean enabled;
  private final String label;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, boolean interactive, String label, int total) {
    this.err = err;
    this.label = label;
    this.enabled = interactive && total > MIN_ITEMS;
  }

  void update(int done, int total) {
    long now = System.nanoTime();
    if (!enabled || (done < total && now - lastDraw < 100_000_000L)) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
    err.flush();
    drawn = true;
  }

  /** Clears the bar so that diagnostics print on a clean line. */
  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
