package org.attache.store;

/**
 * A store that cannot be opened or written, with a message meant for the user: what went wrong,
 * where, and what to do. Nothing half-written is left behind when it is thrown.
 */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of trouble, so a command can choose its exit code. */
  public enum Kind {
    /** The user gave something malformed, like a JDBC URL of an unknown kind. */
    USAGE,
    /** The server cannot be reached, or the file is locked by another process. */
    UNAVAILABLE,
    /** The store was written by a newer Attaché. */
    VERSION,
    /** The disk is full. */
    DISK_FULL,
    /** Anything else the database reported. */
    FAILED
  }

  private final Kind kind;

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public StoreException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
