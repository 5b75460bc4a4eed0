package org.attache.ingest;

/**
 * How the readers treat their input. Immutable.
 *
 * @param maxBytes the largest file read; larger ones are reported and skipped. WARC files are
 *     streamed, so for them this bounds each record rather than the file.
 */
public record ReaderConfig(long maxBytes) {
  /** 32 MiB: far above any article, well below what would strain a laptop's heap. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  public static final ReaderConfig DEFAULTS = new ReaderConfig(DEFAULT_MAX_BYTES);

  public ReaderConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }
}
