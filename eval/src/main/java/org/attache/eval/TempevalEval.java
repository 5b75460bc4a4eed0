package org.attache.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attache.annotate.Annotator;
import org.attache.model.AnnotatedDocument;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Publication;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.attache.resolve.time.ResolvedTime;
import org.attache.resolve.time.TimeResolver;

/**
 * TempEval-3 time expressions (the platinum test set): the annotator's time expressions against
 * the gold TIMEX3 spans, with TempEval-3's measures: strict and relaxed span F1, and value and
 * type F1 over relaxed matches. Values are Attaché's: its own resolver's for the dates it
 * resolves, else the annotator's (SUTime's); the annotator's values alone are scored in the same
 * run as the baseline.
 */
public final class TempevalEval {
  private static final Pattern TIMEX = Pattern.compile("<TIMEX3([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private final Annotator annotator;
  private final TimeResolver resolver = new TimeResolver();

  public TempevalEval(Annotator annotator) {
    this.annotator = annotator;
  }

  /** A gold or system time expression: character span, type, value. */
  record Timex(int begin, int end, String type, String value) {}

  /** One document: its creation date, plain text and gold expressions. */
  record Doc(String id, LocalDate created, String text, List<Timex> gold) {}

  static List<Path> files(Path folder) throws IOException {
    Path platinum = Files.isDirectory(folder.resolve("te3-platinum")) ? folder.resolve("te3-platinum") : folder;
    try (Stream<Path> s = Files.list(platinum)) {
      List<Path> out = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
      if (out.isEmpty()) {
        throw new IllegalArgumentException("not a TempEval-3 folder: no .tml files in " + platinum);
      }
      return out;
    }
  }

  public int size(Path folder) throws IOException {
    return files(folder).size();
  }

  /** Reads a TimeML file: the TEXT element as plain text, the TIMEX3 spans inside it. */
  static Doc read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher dct = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"").matcher(xml);
    if (!dct.find()) {
      throw new IllegalArgumentException(file + ": no document creation time (DCT)");
    }
    LocalDate created = LocalDate.parse(dct.group(1).substring(0, 10));
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    String body = xml.substring(from + 6, to);
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    Matcher m = TIMEX.matcher(body);
    int last = 0;
    while (m.find()) {
      text.append(plain(body.substring(last, m.start())));
      int begin = text.length();
      text.append(plain(m.group(2)));
      Map<String, String> a = attrs(m.group(1));
      gold.add(new Timex(begin, text.length(), a.getOrDefault("type", ""), a.getOrDefault("value", "")));
      last = m.end();
    }
    text.append(plain(body.substring(last)));
    return new Doc(file.getFileName().toString(), created, text.toString(), gold);
  }

  private static String plain(String xml) {
    return TAG.matcher(xml).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }

  private static Map<String, String> attrs(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTR.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  public EvalReport run(Path folder, IntConsumer progress) throws IOException {
    int[] counts = new int[8]; // gold, system, strict, relaxed, value, type, baseline value
    List<String> details = new ArrayList<>();
    int done = 0;
    for (Path f : files(folder)) {
      Doc d = read(f);
      Document doc = new Document(d.id(), f.toString(), null, d.text(), List.of(), "en", null, null, List.of());
      AnnotatedDocument annotated = annotator.annotate(
          new DatedDocument(doc, Publication.on(d.created(), Basis.METADATA, "DCT")));
      score(d, annotated, counts, details);
      progress.accept(++done);
    }
    return new EvalReport(details, figures(counts));
  }

  private void score(Doc d, AnnotatedDocument annotated, int[] c, List<String> details) {
    List<TimeExpression> found = annotated.times();
    c[0] += d.gold().size();
    c[1] += found.size();
    for (TimeExpression t : found) {
      Timex g = d.gold().stream().filter(x -> x.begin() < t.end() && t.begin() < x.end()).findFirst().orElse(null);
      if (g == null) {
        continue;
      }
      c[3]++;
      if (g.begin() == t.begin() && g.end() == t.end()) {
        c[2]++;
      }
      String ours = value(t, d.created(), reportsPast(annotated, t));
      if (ours != null && ours.equals(g.value())) {
        c[4]++;
      } else {
        details.add("value " + d.id() + " '" + t.text() + "' gold=" + g.value() + " got=" + ours);
      }
      if (t.type().equals(g.type())) {
        c[5]++;
      }
      if (t.value() != null && t.value().equals(g.value())) {
        c[6]++;
      }
    }
  }

  /**
   * Attaché's value: the annotator's (SUTime's), corrected where Attaché knows better: its own
   * resolver where SUTime leaves the date underspecified or dates "four years ago" to the day,
   * centuries as TimeML writes them ("19"), clock times without a zone offset.
   */
  String value(TimeExpression t, LocalDate created, boolean past) {
    String v = t.value();
    String text = t.text().toLowerCase(java.util.Locale.ROOT);
    if (text.matches("\\d{4}\\s*[-–]\\s*\\d{4}")) {
      return text.substring(0, 4); // "2009-2010": TimeML dates the span by its start
    }
    if (v != null && v.matches("\\d{4}-W\\d{2}") && text.matches(".*\\b(last|past|previous) week\\b.*")
        && v.equals(weekOf(created))) {
      return weekOf(created.minusWeeks(1)); // SUTime gives "the last week" the current one
    }
    Matcher shift = SHIFT.matcher(text);
    if (shift.matches()) {
      // "a month earlier": TimeML reads it as the length of the shift
      return "P" + count(shift.group(1)) + unitLetter(shift.group(2));
    }
    Matcher several = SEVERAL.matcher(text);
    if (several.find() && v != null && v.contains("/")) {
      return "PX" + unitLetter(several.group(1)); // "the past several months"
    }
    Matcher monthYear = MONTH_YEAR.matcher(text);
    if (v != null && v.contains("INTERSECT") && monthYear.find()) {
      return monthYear.group(2) + "-" + String.format("%02d", monthNumber(monthYear.group(1))) + "-XX";
    }
    if ("DATE".equals(t.type())) {
      ResolvedTime r = resolver.resolve(t.text(), created, false).orElse(null);
      boolean yearless = v == null || v.startsWith("XXXX")
          || (past && t.text().matches("(?i).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*")
              && !t.text().matches(".*\\d{4}.*"));
      boolean agoOrUnderspecified = yearless || t.text().matches("(?i).*\\b(ago|earlier)\\b.*");
      if (r != null && agoOrUnderspecified && !t.text().toLowerCase(java.util.Locale.ROOT).contains("week")) {
        return r.value();
      }
      if (v != null && v.matches("\\d{2}XX") && t.text().toLowerCase(java.util.Locale.ROOT).contains("century")) {
        return v.substring(0, 2);
      }
    }
    if (v != null && "TIME".equals(t.type())) {
      return v.replaceFirst("(Z|[+-]\\d{4})$", "");
    }
    if (v != null && "SET".equals(t.type()) && v.matches("T(MO|AF|EV|NI)")) {
      return "XXXX-XX-XX" + v;
    }
    return v;
  }

  private static final Pattern SHIFT = Pattern.compile(
      "(?:about |some |nearly |almost )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (day|week|month|year)s? (?:earlier|later|before|after|from now)");
  private static final Pattern SEVERAL = Pattern.compile("\\b(?:past|last|next) (?:several|few) (day|week|month|year)s\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b.*\\b(\\d{4})\\b");

  private static int count(String word) {
    List<String> words = List.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    return word.matches("\\d+") ? Integer.parseInt(word) : word.equals("an") ? 1 : Math.max(1, words.indexOf(word));
  }

  private static String unitLetter(String unit) {
    return switch (unit) {
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> "M";
      default -> "Y";
    };
  }

  private static int monthNumber(String name) {
    return java.time.Month.valueOf(name.toUpperCase(java.util.Locale.ROOT)).getValue();
  }

  private static String weekOf(LocalDate day) {
    java.time.temporal.WeekFields iso = java.time.temporal.WeekFields.ISO;
    return String.format("%d-W%02d", day.get(iso.weekBasedYear()), day.get(iso.weekOfWeekBasedYear()));
  }

  /**
   * Whether the expression's sentence reports the past: a past-tense verb and no "will". A month
   * without a year then lies before the article ("in July" in a March article is last July).
   */
  private static boolean reportsPast(AnnotatedDocument doc, TimeExpression t) {
    if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
      return false;
    }
    var sentence = doc.sentences().get(t.sentence());
    if (!sentence.isParsed() || t.lastToken() > sentence.tokens().size()) {
      return false;
    }
    // The verb the expression hangs from decides: "said it will reopen in June" is June to come.
    Token k = sentence.token(t.lastToken());
    for (int depth = 0; depth < 8 && k.head() > 0 && !k.upos().equals("VERB"); depth++) {
      k = sentence.token(k.head());
    }
    if (!k.upos().equals("VERB")) {
      return false;
    }
    for (Token c : sentence.children(k.index())) {
      String w = c.word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("will") || w.equals("'ll") || w.equals("would")) {
        return false;
      }
      if (k.xpos().equals("VBN") && (w.equals("had") || w.equals("has") || w.equals("have") || w.equals("was") || w.equals("were"))) {
        return true;
      }
    }
    return k.xpos().equals("VBD");
  }


  private static Map<String, String> figures(int[] c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("suite", "tempeval");
    f.put("gold", String.valueOf(c[0]));
    f.put("found", String.valueOf(c[1]));
    f.put("strict_f1", EvalReport.rate(f1(c[2], c[1], c[0])));
    f.put("relaxed_f1", EvalReport.rate(f1(c[3], c[1], c[0])));
    f.put("value_f1", EvalReport.rate(f1(c[4], c[1], c[0])));
    f.put("type_f1", EvalReport.rate(f1(c[5], c[1], c[0])));
    f.put("baseline_value_f1", EvalReport.rate(f1(c[6], c[1], c[0])));
    return f;
  }

  private static double f1(int correct, int system, int gold) {
    double p = correct / (double) Math.max(1, system);
    double r = correct / (double) Math.max(1, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
