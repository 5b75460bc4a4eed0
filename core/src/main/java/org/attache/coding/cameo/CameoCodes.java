package org.attache.coding.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.attache.reference.ResourceFormatException;

/**
 * The CAMEO event codes with their labels, Goldstein scores, quad classes and PLOVER events, read
 * from the bundled {@code cameo.tsv} (see that folder's README for sources and licences).
 *
 * <p>{@link #find(String)} falls back to the nearest listed ancestor, so a code the table lacks
 * still gets its parent's score: {@code "0875"} gives {@code 087}, {@code "088"} gives the root
 * {@code 08}. The returned {@link CameoCode#code()} says which entry answered.
 *
 * <p>Immutable and thread-safe. Loading reads the resource each time, so callers keep the instance.
 */
public final class CameoCodes {
  private static final String FOLDER = "/org/attache/data/cameo";
  private static final String FILE = "cameo.tsv";
  static final String HEADER = "code\tlabel\tgoldstein\tquad_class\tplover";
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,2}(\\.\\d+)?");

  private final Map<String, CameoCode> byCode;

  private CameoCodes(Map<String, CameoCode> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /**
   * Loads the bundled table after checking its manifest.
   *
   * @throws IllegalStateException if the table or its manifest is missing from the build, or the
   *     manifest lacks a source, licence or date, or its row count disagrees with the table
   * @throws ResourceFormatException for a malformed line, as {@code cameo.tsv:line: expected ...,
   *     found ...}
   */
  public static CameoCodes load() throws ResourceFormatException {
    String manifestPath = FOLDER + "/MANIFEST.properties";
    Properties manifest = checkManifest(manifestPath, properties(manifestPath));
    CameoCodes codes = parse(FILE, lines(FOLDER + "/" + FILE));
    String rows = manifest.getProperty("rows", "").strip();
    if (!rows.isEmpty() && !rows.equals(Integer.toString(codes.size()))) {
      throw new IllegalStateException(
          manifestPath + " says rows=" + rows + " but " + FILE + " has " + codes.size());
    }
    return codes;
  }

  /**
   * The code itself if listed, else its nearest listed ancestor ({@code "0874"} → {@code "087"}
   * → {@code "08"}); a root is found whether the table lists it as {@code "08"} or {@code
   * "080"}.
   * Empty if {@code code} is not 2 to 4 digits under a root 01..20, or nothing on its path is
   * listed. Surrounding whitespace is ignored.
   */
  public Optional<CameoCode> find(String code) {
    String c = Objects.requireNonNull(code, "code").strip();
    if (!CameoCode.isCode(c)) {
      return Optional.empty();
    }
    for (int n = c.length(); n >= 2; n--) {
      CameoCode hit = byCode.get(c.substring(0, n));
      if (hit != null) {
        return Optional.of(hit);
      }
    }
    return Optional.ofNullable(byCode.get(c.substring(0, 2) + "0"));
  }

  /**
   * The two-digit root of a CAMEO code: {@code "0874"} → {@code "08"}. Static because it needs no
   * table.
   *
   * @throws IllegalArgumentException if {@code code} is not 2 to 4 digits under a root 01..20
   */
  public static String root(String code) {
    String c = Objects.requireNonNull(code, "code").strip();
    if (!CameoCode.isCode(c)) {
      throw new IllegalArgumentException(
          "code must be 2 to 4 digits under a root 01..20, found '" + code + "'");
    }
    return c.substring(0, 2);
  }

  /** The number of codes in the table, roots included. */
  public int size() {
    return byCode.size();
  }

  /**
   * Parses a table's lines, the header first. Blank lines and lines starting with {@code #} are
   * skipped.
   */
  static CameoCodes parse(String file, List<String> lines) throws ResourceFormatException {
    String header = lines.isEmpty() ? null : lines.get(0).strip();
    if (!HEADER.equals(header)) {
      throw new ResourceFormatException(
          file, 1, "expected header '" + HEADER + "', found '" + header + "'");
    }
    Map<String, CameoCode> byCode = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      CameoCode code = row(file, i + 1, line);
      Integer first = lineOf.putIfAbsent(code.code(), i + 1);
      if (first != null) {
        throw new ResourceFormatException(
            file,
            i + 1,
            "expected each code once, found '" + code.code() + "' again (first on line " + first
                + ")");
      }
      byCode.put(code.code(), code);
    }
    return new CameoCodes(byCode);
  }

  private static CameoCode row(String file, int lineNo, String line)
      throws ResourceFormatException {
    String[] f = line.split("\t", -1);
    if (f.length != 5) {
      throw new ResourceFormatException(
          file, lineNo, "expected 5 tab-separated fields, found " + f.length);
    }
    String code = f[0].strip();
    if (!CameoCode.isCode(code)) {
      throw new ResourceFormatException(
          file,
          lineNo,
          "expected a code of 2 to 4 digits under a root 01..20, found '" + code + "'");
    }
    String label = f[1].strip();
    if (label.isEmpty()) {
      throw new ResourceFormatException(file, lineNo, "expected a label, found ''");
    }
    double goldstein = goldstein(file, lineNo, f[2].strip());
    String quad = f[3].strip();
    if (!quad.matches("[1-4]")) {
      throw new ResourceFormatException(
          file, lineNo, "expected a quad class 1..4, found '" + quad + "'");
    }
    String plover = f[4].strip();
    if (!plover.matches("[A-Z]*")) {
      throw new ResourceFormatException(
          file, lineNo, "expected an upper-case PLOVER event or nothing, found '" + plover + "'");
    }
    return new CameoCode(code, label, goldstein, Integer.parseInt(quad), plover);
  }

  private static double goldstein(String file, int lineNo, String value)
      throws ResourceFormatException {
    // The pattern keeps out what parseDouble would also accept: "NaN", "1e1", "0x1p3", "1d".
    if (!DECIMAL.matcher(value).matches() || Math.abs(Double.parseDouble(value)) > 10.0) {
      throw new ResourceFormatException(
          file, lineNo, "expected a Goldstein score from -10 to 10, found '" + value + "'");
    }
    return Double.parseDouble(value);
  }

  /** Checks that the manifest names its source, licence and date; returns it. */
  static Properties checkManifest(String path, Properties manifest) {
    for (String key : List.of("source", "licence", "date")) {
      if (manifest.getProperty(key, "").isBlank()) {
        throw new IllegalStateException(path + " must name its " + key);
      }
    }
    return manifest;
  }

  private static Properties properties(String path) {
    try (InputStream in = open(path)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> lines(String path) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = CameoCodes.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("resource missing from the build: " + path);
    }
    return in;
  }
}
