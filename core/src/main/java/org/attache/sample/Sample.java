package org.attache.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample articles. Stateless. */
public final class Sample {
  private static final String FOLDER = "/org/attache/sample/";

  private Sample() {}

  /** One sample file: its name and bytes. */
  public record File(String name, byte[] bytes) {}

  /** Every sample file in index order. */
  public static List<File> files() {
    List<File> out = new ArrayList<>();
    for (String name : read("index.txt").split("\n")) {
      String n = name.strip();
      if (!n.isEmpty() && !n.startsWith("#")) {
        out.add(new File(n, bytes(n)));
      }
    }
    return out;
  }

  private static String read(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = Sample.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("sample file missing from the build: " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample file " + name, e);
    }
  }
}
