package org.attache.coding.cameo;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO event code with its label, Goldstein score, quad class and PLOVER event category.
 *
 * <p>{@code code} is the CAMEO code as a string of 2 to 4 digits under a root from {@code 01} to
 * {@code 20}: {@code "04"} (a root), {@code "040"}, {@code "0871"}. {@code goldstein} is the
 * conflict–cooperation score from -10 to 10. {@code quadClass} is GDELT's quad class: 1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. {@code plover} is
 * the PLOVER event such as {@code CONSULT} or {@code ASSAULT}, or the empty string when PLOVER has
 * none (CAMEO 01 statements and 02 appeals).
 *
 * <p>Design decision: two-digit codes are allowed because the table lists each root ({@code "08"
 * YIELD}) as its own row next to the base code {@code "080" Yield}, and the two can differ (root
 * {@code 13} scores -6.0, {@code 130} scores -4.4).
 *
 * <p>Immutable and thread-safe.
 */
public record CameoCode(String code, String label, double goldstein, int quadClass, String plover) {
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern PLOVER = Pattern.compile("[A-Z]*");

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the rule and the value that broke it
   */
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(plover, "plover");
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "code must be 2 to 4 digits under a root 01..20, found '" + code + "'");
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank for code " + code);
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new IllegalArgumentException(
          "goldstein must be from -10 to 10, found " + goldstein + " for code " + code);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException(
          "quadClass must be 1..4, found " + quadClass + " for code " + code);
    }
    if (!PLOVER.matcher(plover).matches()) {
      throw new IllegalArgumentException(
          "plover must be upper-case letters or empty, found '" + plover + "' for code " + code);
    }
  }

  /** Whether {@code code} has the shape of a CAMEO code: 2 to 4 digits, root 01..20. */
  static boolean isCode(String code) {
    if (!CODE.matcher(code).matches()) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  /** Whether PLOVER has an event category for this code. */
  public boolean hasPlover() {
    return !plover.isEmpty();
  }
}
