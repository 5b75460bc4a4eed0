package org.attache.coding;

/** A malformed dictionary line: {@code file:line: expected ..., found ...}. */
public final class DictionaryFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public DictionaryFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
