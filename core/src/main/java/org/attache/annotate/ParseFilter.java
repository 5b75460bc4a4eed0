package org.attache.annotate;

import java.util.List;

/**
 * Which sentences are worth a dependency parse, decided from their words and lemmas before
 * parsing. The parse is the most expensive step of annotation, and a sentence without a word that
 * can trigger an event yields no event whatever its parse. Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface ParseFilter {
  /** Every sentence is parsed. */
  ParseFilter ALL = (words, lemmas) -> true;

  /**
   * Whether the sentence needs a parse.
   *
   * @param words the sentence's words as written
   * @param lemmas their lemmas, in the same order
   */
  boolean needsParse(List<String> words, List<String> lemmas);
}
