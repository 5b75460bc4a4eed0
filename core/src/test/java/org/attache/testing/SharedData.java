package org.attache.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data in {@code ../shared/data}, which stays outside the project: tests that need it
 * call {@link #require} and are skipped, with a message saying why, where it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The folder or file under shared/data, or a skipped test when it is not there. */
  public static Path require(String relative) {
    String root = System.getProperty("attache.shared", "../../shared");
    Path p = Path.of(root, "data", relative);
    if (!Files.exists(p)) {
      p = Path.of("..", "..", "shared", "data", relative);
    }
    assumeTrue(Files.exists(p), "shared data absent (" + p.toAbsolutePath().normalize() + "): skipping");
    return p;
  }
}
