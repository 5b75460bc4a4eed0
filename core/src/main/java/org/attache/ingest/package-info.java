/**
 * Reading: turns files and folders of articles ({@code .txt}, {@code .html}, {@code .jsonl},
 * {@code .warc}, {@code .warc.gz}) into {@link org.attache.model.RawArticle}s. A file that cannot
 * be read (missing, binary, empty, not UTF-8, too large, malformed) becomes a
 * {@link org.attache.model.Diagnostic} naming the file and the reason; the rest of the batch goes on.
 * {@link org.attache.ingest.ArticleReader} is the entry point.
 */
package org.attache.ingest;
