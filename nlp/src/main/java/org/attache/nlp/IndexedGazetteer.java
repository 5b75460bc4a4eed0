package org.attache.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteers rewritten so that every entry can be found by a literal
 * token.
 *
 * <p>Design decision: TokensRegex indexes an entry by any token it matches literally; an entry
 * with none ({@code u\.s\.}, {@code Ala\.?}, {@code rep\.}) is tried at every position of every
 * sentence. About 1,100 such entries make the stock rules cost ~0.5 ms a token, more than the
 * statistical models and the parser together. Almost all of them are literals in disguise
 * (escaped dots, optional dots), so each is rewritten as TokensRegex string matches ({@code (
 * [{word:"u.s."}] )}), which are indexed; the few true regular expressions (URL, EMAIL, HANDLE,
 * a few abbreviations with character classes) are dropped. The rewritten files are written once
 * per JVM to temporary files (deleted on exit), because CoreNLP reads mappings only from paths.
 * Stateless; thread-safe.
 */
final class IndexedGazetteer {
  /** What CoreNLP takes as a literal token (its {@code ComplexNodePattern.LITERAL_PATTERN}). */
  private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");

  private static final String META = "[]^$()*+{}|";
  private static final int MAX_VARIANTS = 16;

  private IndexedGazetteer() {}

  /** The {@code ner.fine.regexner.mapping} value: the stock options on rewritten copies. */
  static String mapping() {
    return Holder.MAPPING;
  }

  private static final class Holder {
    static final String MAPPING = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
        + rewriteToTempFile(DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS) + ";"
        + rewriteToTempFile(DefaultPaths.DEFAULT_KBP_REGEXNER_CASED);
  }

  private static String rewriteToTempFile(String resource) {
    try (BufferedReader in = IOUtils.readerFromString(resource)) {
      Path out = Files.createTempFile("attache-gazetteer-", ".tab");
      out.toFile().deleteOnExit();
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          for (String rewritten : rewriteLine(line)) {
            w.write(rewritten);
            w.newLine();
          }
        }
      }
      return out.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite the CoreNLP gazetteer " + resource, e);
    }
  }

  /** One mapping line as lines TokensRegex can index; empty when the entry is dropped. */
  static List<String> rewriteLine(String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      return List.of(line);
    }
    String pattern = line.substring(0, tab).trim();
    String rest = line.substring(tab);
    List<String> out = new ArrayList<>();
    for (String p : rewritePattern(pattern)) {
      out.add(p + rest);
    }
    return out;
  }

  /** The pattern itself when already indexed, else its literal rewrites, or none. */
  static List<String> rewritePattern(String pattern) {
    String[] tokens = pattern.split("\\s+");
    if (pattern.startsWith("( ") || anyLiteral(tokens)) {
      return List.of(pattern);
    }
    List<String> combos = List.of("");
    for (String token : tokens) {
      List<String> variants = literalVariants(token);
      if (variants.isEmpty() || combos.size() * variants.size() > MAX_VARIANTS) {
        return List.of();
      }
      combos = append(combos, variants);
    }
    List<String> out = new ArrayList<>();
    for (String c : combos) {
      out.add("(" + c + " )");
    }
    return out;
  }

  private static boolean anyLiteral(String[] tokens) {
    for (String t : tokens) {
      if (LITERAL.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> append(List<String> prefixes, List<String> variants) {
    List<String> out = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String v : variants) {
        out.add(prefix + " [{word:\"" + v.replace("\"", "\\\"") + "\"}]");
      }
    }
    return out;
  }

  /**
   * The strings a one-token regular expression matches when it is a literal with escaped
   * characters, literal dots and optional characters ({@code Ala\.?} gives {@code Ala.} and
   * {@code Ala}); empty when it is a true regular expression.
   */
  static List<String> literalVariants(String token) {
    List<StringBuilder> out = new ArrayList<>(List.of(new StringBuilder()));
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\\') {
        if (i + 1 >= token.length() || Character.isLetterOrDigit(token.charAt(i + 1))) {
          return List.of();
        }
        c = token.charAt(++i);
      } else if (META.indexOf(c) >= 0 || c == '?') {
        return List.of();
      }
      boolean optional = i + 1 < token.length() && token.charAt(i + 1) == '?';
      out = extend(out, c, optional);
      if (optional) {
        i++;
      }
    }
    return out.stream().map(StringBuilder::toString).toList();
  }

  private static List<StringBuilder> extend(List<StringBuilder> variants, char c, boolean optional) {
    List<StringBuilder> out = new ArrayList<>();
    for (StringBuilder v : variants) {
      if (optional) {
        out.add(new StringBuilder(v));
      }
      out.add(v.append(c));
    }
    return out;
  }
}
