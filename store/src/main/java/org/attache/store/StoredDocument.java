package org.attache.store;

import java.util.Objects;

/**
 * A document as the store keeps it: CONTRACT.md's document record plus its store key. Immutable.
 *
 * @param key the fingerprint of its text: the same text gives the same key, whatever the file name
 * @param doc the document id of CONTRACT.md
 * @param title the headline, or null
 * @param url the URL, or null
 * @param published {@code YYYY-MM-DD}, or null
 * @param publishedFrom the first day of the publication range, or null
 * @param publishedTo the last day of the publication range, or null
 * @param publishedBasis how the publication date was found, or null
 * @param language ISO 639-1, or {@code und}
 * @param text the cleaned body text that event spans index into
 * @param duplicateOf the key of the document this one re-posts, or null
 * @param events how many event reports it gave
 */
public record StoredDocument(String key, String doc, String title, String url, String published, String publishedFrom,
    String publishedTo, String publishedBasis, String language, String text, String duplicateOf, int events) {
  public StoredDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
  }
}
