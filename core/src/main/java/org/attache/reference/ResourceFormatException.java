package org.attache.reference;

/** A malformed line in a resource file: {@code file:line: expected ..., found ...}. */
public final class ResourceFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ResourceFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
