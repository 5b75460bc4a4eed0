package org.attache.model;

import java.util.Objects;

/**
 * A problem found in one input, reported instead of thrown so that the rest of a batch goes on.
 * Immutable.
 *
 * @param stage the stage that found it ({@code read}, {@code clean}, {@code date} ...)
 * @param origin the file (and record, for JSON Lines and WARC) it concerns
 * @param line the 1-based line in that file, or 0 when a line makes no sense
 * @param message what is wrong, quoting the offending value where there is one
 */
public record Diagnostic(String stage, String origin, int line, String message) {
  public Diagnostic {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
  }

  /** A diagnostic about a whole file or record. */
  public static Diagnostic of(String stage, String origin, String message) {
    return new Diagnostic(stage, origin, 0, message);
  }

  /** {@code origin:line: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return line > 0 ? origin + ":" + line + ": " + message : origin + ": " + message;
  }
}
