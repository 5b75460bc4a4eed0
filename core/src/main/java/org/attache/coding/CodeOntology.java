package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH's internal coding ontology (PICO): each CAMEO code as a number whose hexadecimal
 * digits stand for the kind of act ({@code 0x3000} intend, {@code 0x0040} aid ...), so that
 * codes combine by arithmetic. Negation adds or removes {@code 0xFFFF}: "did not clash" (110,
 * {@code 0x1007F}) is diplomatic cooperation (050, {@code 0x0080}); "will not wire tap" (170)
 * is 057. Immutable after reading.
 */
public final class CodeOntology {
  private static final int NEGATION = 0xFFFF;
  private static final Pattern EXPRESSION = Pattern.compile("^[-+]?0x[0-9A-Fa-f]+([-+]0x[0-9A-Fa-f]+)*$");
  private static final Pattern TERM = Pattern.compile("([-+]?)0x([0-9A-Fa-f]+)");

  private final Map<String, Integer> valueOf;
  private final Map<Integer, String> codeOf;

  private CodeOntology(Map<String, Integer> valueOf, Map<Integer, String> codeOf) {
    this.valueOf = Map.copyOf(valueOf);
    this.codeOf = Map.copyOf(codeOf);
  }

  /** An ontology that knows no codes: negation then removes an event rather than changing it. */
  static CodeOntology empty() {
    return new CodeOntology(Map.of(), Map.of());
  }

  static CodeOntology read(String file, Reader in) throws IOException, DictionaryFormatException {
    Map<String, Integer> valueOf = new HashMap<>();
    Map<Integer, String> codeOf = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    int lineNo = 0;
    for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
      lineNo++;
      String line = raw.strip();
      int colon = line.indexOf(':');
      if (line.isEmpty() || line.startsWith("#") || colon < 0 || !line.substring(0, colon).matches("\\d{2,4}")) {
        continue;
      }
      String code = line.substring(0, colon);
      boolean first = true;
      for (String part : line.substring(colon + 1).split("#")) {
        String expr = part.strip().replace(" ", "");
        if (!EXPRESSION.matcher(expr).matches()) {
          if (first) {
            throw new DictionaryFormatException(file, lineNo, "expected a hexadecimal value such as 0x3040, found '" + part.strip() + "'");
          }
          break;
        }
        int value = evaluate(expr);
        if (first) {
          valueOf.put(code, value);
          first = false;
        }
        codeOf.putIfAbsent(value, code);
      }
    }
    return new CodeOntology(valueOf, codeOf);
  }

  private static int evaluate(String expr) {
    int sum = 0;
    Matcher m = TERM.matcher(expr);
    while (m.find()) {
      int v = Integer.parseInt(m.group(2), 16);
      sum += m.group(1).equals("-") ? -v : v;
    }
    return sum;
  }

  /** The code of the negated act, or null when the ontology has none ("did not attack"). */
  String negate(String code) {
    Integer v = valueOf.get(code);
    if (v == null) {
      return null;
    }
    String c = codeOf.get(v + NEGATION);
    return c != null ? c : codeOf.get(v - NEGATION);
  }
}
