package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actors in the PETRARCH format: a primary phrase with an optional default code, synonym lines
 * beginning with {@code +}, and indented date restrictions ({@code [RUSGOV >120507]},
 * {@code [HOBGOV 19950601 - 19990815]}, {@code [ONO <911226]}). Immutable after reading.
 */
public final class ActorDictionary {
  private static final Pattern RESTRICTION = Pattern.compile(
      "^\\s*([^\\s<>]+)\\s*(?:(<|>)\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?\\s*$");

  /** One restriction: the code applies from {@code from} to {@code to}, both inclusive, either open. */
  record DatedCode(String code, LocalDate from, LocalDate to) {
    boolean applies(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }

  /** One actor: its codes by date and a default. */
  record Actor(List<DatedCode> dated, String defaultCode) {
    /** The code on that day, or null when none applies (or the code is the null code). */
    String codeOn(LocalDate day) {
      for (DatedCode d : dated) {
        if (d.applies(day)) {
          return nullCode(d.code());
        }
      }
      return nullCode(defaultCode);
    }

    private static String nullCode(String code) {
      return code == null || code.equals("---") ? null : code;
    }
  }

  /** A phrase that names an actor. */
  record Entry(List<String> words, Actor actor) {}

  private final Map<String, List<Entry>> byFirstWord;

  private ActorDictionary(Map<String, List<Entry>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /**
   * This dictionary with more actors put first, so that among phrases of one length they win:
   * the dated office holders over the Phoenix entries, which stop in 2014.
   */
  ActorDictionary withFirst(List<Entry> entries) {
    Map<String, List<Entry>> map = new HashMap<>();
    for (Entry e : entries) {
      map.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
    }
    byFirstWord.forEach((k, v) -> map.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    map.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    return new ActorDictionary(map);
  }

  /**
   * A one-word actor whose name differs from the word by one letter (two for long names), the
   * first letter alike: "Valodin" for Volodin, "Lavrentiev" for Lavrentyev. For personal names
   * that the annotator marked as such; an exact match is always tried first.
   */
  Entry nearest(String word) {
    if (word.length() < 5) {
      return null;
    }
    int allowed = word.length() >= 9 ? 2 : 1;
    Entry best = null;
    int bestDistance = allowed + 1;
    for (Map.Entry<String, List<Entry>> e : byFirstWord.entrySet()) {
      String key = e.getKey();
      if (key.charAt(0) != word.charAt(0) || Math.abs(key.length() - word.length()) > allowed) {
        continue;
      }
      for (Entry entry : e.getValue()) {
        if (entry.words().size() == 1) {
          int d = distance(key, word, allowed);
          if (d < bestDistance) {
            bestDistance = d;
            best = entry;
          }
        }
      }
    }
    return best;
  }

  /** Edit distance (insertions, deletions, substitutions), or {@code limit + 1} once over it. */
  static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Every entry, in no particular order. */
  List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    byFirstWord.values().forEach(out::addAll);
    return out;
  }

  /** The entries whose phrase starts with this upper-case word, longest first. */
  List<Entry> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  /** Reads one actor file; {@code merge} adds to an existing dictionary (null for a new one). */
  static ActorDictionary read(String file, Reader in, ActorDictionary merge) throws IOException, DictionaryFormatException {
    return read(file, in, merge, Problems.STRICT);
  }

  static ActorDictionary read(String file, Reader in, ActorDictionary merge, Problems problems)
      throws IOException, DictionaryFormatException {
    Map<String, List<Entry>> map = new HashMap<>();
    if (merge != null) {
      merge.byFirstWord.forEach((k, v) -> map.put(k, new ArrayList<>(v)));
    }
    BufferedReader r = new BufferedReader(in);
    List<List<String>> phrases = new ArrayList<>();
    List<DatedCode> dated = new ArrayList<>();
    String defaultCode = null;
    boolean inComment = false;
    int lineNo = 0;
    for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
      lineNo++;
      if (inComment || raw.strip().startsWith("<!--")) {
        inComment = !raw.contains("-->");
        continue;
      }
      String line = Phrases.stripComment(raw).replaceFirst(";.*$", "");
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      String body = line.strip();
      if (indented && body.startsWith("[")) {
        try {
          dated.add(restriction(file, lineNo, body));
        } catch (DictionaryFormatException e) {
          problems.report(e);
        }
      } else if (body.startsWith("+")) {
        phrases.add(Phrases.words(body.substring(1).replaceFirst("\\[.*$", "")));
      } else {
        flush(phrases, dated, defaultCode, map);
        phrases = new ArrayList<>();
        dated = new ArrayList<>();
        String code = Phrases.bracket(body);
        defaultCode = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
        String phrase = body.replaceFirst("\\[.*$", "").replaceFirst("\\{.*$", "");
        if (phrase.isBlank()) {
          problems.report(new DictionaryFormatException(file, lineNo, "expected an actor phrase, found '" + body + "'"));
          continue;
        }
        phrases.add(Phrases.words(phrase));
      }
    }
    flush(phrases, dated, defaultCode, map);
    map.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    return new ActorDictionary(map);
  }

  private static void flush(List<List<String>> phrases, List<DatedCode> dated, String defaultCode,
      Map<String, List<Entry>> map) {
    if (phrases.isEmpty()) {
      return;
    }
    Actor actor = new Actor(List.copyOf(dated), defaultCode);
    for (List<String> words : phrases) {
      if (!words.isEmpty()) {
        map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(List.copyOf(words), actor));
      }
    }
  }

  private static DatedCode restriction(String file, int lineNo, String body) throws DictionaryFormatException {
    String inner = Phrases.bracket(body);
    Matcher m = inner == null ? null : RESTRICTION.matcher(inner);
    if (m == null || !m.matches()) {
      throw new DictionaryFormatException(file, lineNo,
          "expected a date restriction like [CODE <950601] or [CODE 950601-990815], found '" + body + "'");
    }
    String code = m.group(1).toUpperCase(java.util.Locale.ROOT);
    if (m.group(2) != null) {
      LocalDate d = date(m.group(3));
      return m.group(2).equals("<") ? new DatedCode(code, null, d) : new DatedCode(code, d, null);
    }
    if (m.group(4) != null) {
      return new DatedCode(code, date(m.group(4)), date(m.group(5)));
    }
    return new DatedCode(code, null, null);
  }

  /** YYMMDD (years up to 30 are 20xx) or YYYYMMDD. */
  static LocalDate date(String s) {
    if (s.length() == 8) {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
    }
    int yy = Integer.parseInt(s.substring(0, 2));
    return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
  }
}
