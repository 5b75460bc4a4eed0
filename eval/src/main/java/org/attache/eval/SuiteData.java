package org.attache.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** File helpers for the suites' on-disk layouts. */
final class SuiteData {
  private SuiteData() {}

  /** The bytes of a file, gunzipped when its name ends in {@code .gz}. */
  static byte[] bytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      if (file.getFileName().toString().endsWith(".gz")) {
        try (InputStream gz = new GZIPInputStream(in)) {
          return gz.readAllBytes();
        }
      }
      return in.readAllBytes();
    }
  }

  /** Fails with a message naming what is missing when the suite's folder is not what it should be. */
  static void require(Path file, String suite) {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "not a " + suite + " suite folder: " + file + " is missing");
    }
  }
}
