package org.attache.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the metadata that text articles carry at their start: the ` date YYYY-MM-DD CITY –`
 * header line of CONTRACT.md, and wire datelines such as {@code BEIJING, Nov. 15 (Xinhua) --}.
 * Stateless.
 */
final class Datelines {
  /** ` date 2025-01-31 TEHRAN – text`, the city and dash optional. */
  private static final Pattern HEADER = Pattern.compile(
      "^\\s?date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*(?:([\\p{Lu}][\\p{Lu}\\p{M} .'/-]{1,40}?)\\s*[–—-]+\\s*)?(.*)$",
      Pattern.DOTALL);
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  /** `CITY, Month Day[, Year] (Agency) --` with any of city, date and agency optional, not all. */
  private static final Pattern WIRE = Pattern.compile(
      "^(?:([\\p{Lu}][\\p{Lu}\\p{M} .'-]{1,30}?)(?:,\\s*[\\p{L} .'-]{2,30}?)?[,\\s]\\s*)?"
          + "(" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*"
          + "(\\((?:[\\p{L}.&' -]{2,30})\\))?\\s*(?:--|—|–|-|:)\\s+(?=\\S)");

  private Datelines() {}

  /** The parts of a header line, or null when the line is not one. */
  record Header(String date, String city, String rest) {}

  static Header header(String firstLine) {
    Matcher m = HEADER.matcher(firstLine);
    if (!m.matches()) {
      return null;
    }
    String city = m.group(2) == null ? null : m.group(2).strip();
    return new Header(m.group(1), city, m.group(3).strip());
  }

  /** A wire dateline at the start of a paragraph. */
  record Wire(String city, String monthDay, String agency, int length) {}

  static Wire wire(String paragraph) {
    Matcher m = WIRE.matcher(paragraph);
    if (!m.lookingAt()) {
      return null;
    }
    String city = m.group(1);
    String date = m.group(2);
    String agency = m.group(3);
    // A city alone before a dash is too weak ("NATO - the alliance ..."): it needs an agency or a date.
    if (date == null && agency == null) {
      return null;
    }
    if (city != null && city.strip().length() < 3) {
      return null;
    }
    return new Wire(city == null ? null : city.strip(), date,
        agency == null ? null : agency.substring(1, agency.length() - 1).strip(), m.end());
  }
}
