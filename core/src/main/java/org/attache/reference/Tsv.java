package org.attache.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads the project's tab-separated resources and checks their manifests. Stateless. */
final class Tsv {
  private Tsv() {}

  /** One data row with its line number. */
  record Row(int line, String[] fields) {}

  /**
   * The rows of a classpath TSV resource after its header, each with exactly the header's number
   * of fields.
   *
   * @throws ResourceFormatException for a wrong header or a row with the wrong number of fields
   */
  static List<Row> read(String resource, String expectedHeader) throws ResourceFormatException {
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = r.readLine();
      if (header == null || !header.strip().equals(expectedHeader)) {
        throw new ResourceFormatException(resource, 1, "expected header '" + expectedHeader + "', found '" + header + "'");
      }
      int width = expectedHeader.split("\t").length;
      List<Row> rows = new ArrayList<>();
      int lineNo = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != width) {
          throw new ResourceFormatException(resource, lineNo, "expected " + width + " tab-separated fields, found " + f.length);
        }
        rows.add(new Row(lineNo, Arrays.stream(f).map(String::strip).toArray(String[]::new)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** Checks that a resource folder's manifest names its source, licence and date. */
  static Properties manifest(String folder) {
    String path = folder + "/MANIFEST.properties";
    try (InputStream in = Tsv.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("manifest missing from the build: " + path);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String key : List.of("source", "licence", "date")) {
        if (p.getProperty(key, "").isBlank()) {
          throw new IllegalStateException(path + " must name its " + key);
        }
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
