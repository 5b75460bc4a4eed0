package org.attache.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who held which office when: the project's dated table of heads of state and government,
 * ministers, envoys and others (see the resource folder's README for sources and licences).
 * Immutable and thread-safe after loading.
 */
public final class OfficeHolders {
  private static final String FOLDER = "/org/attache/data/officials";
  static final String HEADER = "name\taliases\tcountry\trole\tstart\tend\tsource";

  private final List<Term> terms;

  private OfficeHolders(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  /** A table of the given terms (for tests and for tables built elsewhere). */
  public static OfficeHolders of(List<Term> terms) {
    return new OfficeHolders(terms);
  }

  /** Loads the bundled table. */
  public static OfficeHolders load() throws ResourceFormatException {
    Tsv.manifest(FOLDER);
    String file = "officeholders.tsv";
    List<Term> terms = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(FOLDER + "/" + file, HEADER)) {
      terms.add(term(file, row));
    }
    return new OfficeHolders(terms);
  }

  private static Term term(String file, Tsv.Row row) throws ResourceFormatException {
    String[] f = row.fields();
    Role role;
    try {
      role = Role.valueOf(f[3]);
    } catch (IllegalArgumentException e) {
      throw new ResourceFormatException(file, row.line(), "expected a role such as HOS, FM, found '" + f[3] + "'");
    }
    LocalDate start = date(file, row.line(), f[4], "start");
    LocalDate end = f[5].isEmpty() ? null : date(file, row.line(), f[5], "end");
    if (start == null || (end != null && end.isBefore(start))) {
      throw new ResourceFormatException(file, row.line(), "expected start <= end, found '" + f[4] + "' .. '" + f[5] + "'");
    }
    List<String> aliases = f[1].isEmpty() ? List.of() : Arrays.stream(f[1].split("\\|")).map(String::strip).toList();
    return new Term(f[0], aliases, f[2], role, start, end);
  }

  private static LocalDate date(String file, int line, String value, String what) throws ResourceFormatException {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ResourceFormatException(file, line, "expected a YYYY-MM-DD " + what + " date, found '" + value + "'");
    }
  }

  public List<Term> terms() {
    return terms;
  }
}
