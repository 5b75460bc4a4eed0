package org.attache.model;

import java.util.Objects;

/**
 * One article as a reader found it, decoded to text but otherwise untouched. Immutable.
 *
 * @param id the document id of CONTRACT.md: file name for {@code .txt}/{@code .html}, the
 *     {@code id} field for JSON Lines, the target URI for WARC records
 * @param origin where it came from, for diagnostics ({@code folder/file.jsonl:12})
 * @param kind whether {@code content} is plain text or HTML
 * @param content the decoded text or HTML
 * @param url the article's URL when known, else null
 * @param title a title given by the container (JSON Lines), else null
 * @param published a publication date given by the container (JSON Lines), unparsed, else null
 * @param crawled when the page was fetched (WARC-Date), an upper bound on publication, else null
 */
public record RawArticle(
    String id,
    String origin,
    Kind kind,
    String content,
    String url,
    String title,
    String published,
    String crawled) {

  /** The two shapes of content a reader hands on. */
  public enum Kind {
    TEXT,
    HTML
  }

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
  }

  /** A plain-text article with nothing known but its text. */
  public static RawArticle text(String id, String origin, String content) {
    return new RawArticle(id, origin, Kind.TEXT, content, null, null, null, null);
  }
}
