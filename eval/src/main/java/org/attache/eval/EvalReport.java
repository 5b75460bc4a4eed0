package org.attache.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of one evaluation run: detail lines for people, and the figures as ordered
 * {@code key=value} pairs, the last line CONTRACT.md specifies. Immutable.
 */
public record EvalReport(List<String> details, Map<String, String> figures) {
  public EvalReport {
    details = List.copyOf(details);
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /** A rate as the contract writes it: a fraction with three decimals. */
  static String rate(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** The contract's last line: {@code suite=... key=value ...}. */
  public String summaryLine() {
    return figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
  }
}
