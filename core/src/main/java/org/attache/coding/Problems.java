package org.attache.coding;

/**
 * What a dictionary reader does with a malformed line: {@link #STRICT} stops at the first, a
 * collecting implementation lets the converter skip and list them.
 */
@FunctionalInterface
public interface Problems {
  void report(DictionaryFormatException problem) throws DictionaryFormatException;

  /** Stops at the first malformed line. */
  Problems STRICT = problem -> {
    throw problem;
  };
}
