package org.attache.clean;

/**
 * One paragraph-level line of an article being cleaned, with the verdict on it. Mutable while
 * the cleaner works on it; never leaves the package.
 */
final class Line {
  final String text;
  /** Why it was removed, or null while it is kept. */
  String removedBecause;

  Line(String text) {
    this.text = text;
  }

  boolean kept() {
    return removedBecause == null;
  }

  void remove(String reason) {
    if (removedBecause == null) {
      removedBecause = reason;
    }
  }

  int words() {
    return Texts.wordCount(text);
  }
}
