package org.attache.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.coding.CodedEvent;
import org.attache.coding.DependencyCoder;
import org.attache.coding.Dictionaries;
import org.attache.coding.DictionaryFormatException;
import org.attache.model.ParsedSentence;

/**
 * The UniversalPetrarch validation suite: records with a date, expected events and a UD parse,
 * coded with the suite's own dictionaries. An event is correct when its code, source and target
 * all match an expected one; expected events not produced are missed, produced events not
 * expected are extra. Records marked {@code evaluate="false"} are skipped, as the suite says.
 */
public final class PetrarchEval {
  private static final Pattern SENTENCE = Pattern.compile("<Sentence ([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern CODING = Pattern.compile("<EventCoding ([^>]*?)/?>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);

  /** One validation record. */
  record Record(String id, String category, LocalDate date, List<String> expected, String text, String parse) {}

  /** Reads the suite's records file (the one named {@code *records*.xml} in the folder). */
  static List<Record> records(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
    List<Record> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      Map<String, String> attrs = attrs(m.group(1));
      if ("false".equals(attrs.get("evaluate"))) {
        continue;
      }
      String body = m.group(2);
      List<String> expected = new ArrayList<>();
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        Map<String, String> a = attrs(c.group(1));
        if (a.containsKey("eventcode")) {
          expected.add(key(a.get("eventcode"), a.get("sourcecode"), a.get("targetcode")));
        }
      }
      Matcher t = TEXT.matcher(body);
      Matcher p = PARSE.matcher(body);
      LocalDate date = date(attrs.getOrDefault("date", "20000101"));
      out.add(new Record(attrs.get("id"), attrs.getOrDefault("category", "?"), date, expected,
          t.find() ? t.group(1).strip().replaceAll("\\s+", " ") : "", p.find() ? p.group(1) : ""));
    }
    return out;
  }

  /** YYYYMMDD, or YYMMDD as the older records write it (years to 30 are 20xx). */
  static LocalDate date(String d) {
    if (d.matches("\\d{8}")) {
      return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6, 8)));
    }
    if (d.matches("\\d{6}")) {
      int yy = Integer.parseInt(d.substring(0, 2));
      return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4, 6)));
    }
    throw new IllegalArgumentException("record date must be YYYYMMDD or YYMMDD, was '" + d + "'");
  }

  private static Map<String, String> attrs(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTR.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  static String key(String code, String source, String target) {
    return source + "-" + (target == null ? "---" : target) + ":" + code;
  }

  /**
   * Reads the dictionaries the suite's Environment names, from the records' folder or a
   * {@code dictionaries} folder beside it. Malformed dictionary lines are skipped and counted.
   */
  static Dictionaries dictionaries(Path folder, Path recordsFile, List<String> problems)
      throws IOException, DictionaryFormatException {
    String xml = Files.readString(recordsFile, StandardCharsets.UTF_8);
    List<Path> actors = new ArrayList<>();
    for (String a : env(xml, "Actorfile").split(",")) {
      actors.add(locate(folder, a.strip(), true));
    }
    return Dictionaries.read(locate(folder, env(xml, "Verbfile"), true), actors, locate(folder, env(xml, "Agentfile"), true),
        locate(folder, env(xml, "Discardfile"), false), locate(folder, env(xml, "PICOfile"), false),
        p -> problems.add(p.getMessage()));
  }

  private static Path locate(Path folder, String name, boolean required) {
    for (Path p : List.of(folder.resolve(name), folder.resolveSibling("dictionaries").resolve(name),
        folder.resolveSibling("universal-validate").resolve(name))) {
      if (Files.exists(p)) {
        return p;
      }
    }
    if (required) {
      throw new IllegalArgumentException("the suite's dictionary " + name + " is not beside " + folder);
    }
    return null;
  }

  private static String env(String xml, String tag) {
    Matcher m = Pattern.compile("<" + tag + ">\\s*([^<\\s]+)\\s*</" + tag + ">").matcher(xml);
    if (!m.find()) {
      throw new IllegalArgumentException("the suite's <Environment> names no " + tag);
    }
    return m.group(1);
  }

  /** The records file: the path itself, or the one named {@code *records*.xml} in a folder. */
  static Path recordsFile(Path folder) throws IOException {
    if (Files.isRegularFile(folder)) {
      return folder;
    }
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().matches(".*records.*\\.xml") && !p.toString().contains("debug"))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("not a petrarch suite folder: no *records*.xml in " + folder));
    }
  }

  public int size(Path folder) throws IOException {
    return records(recordsFile(folder)).size();
  }

  /** Turns a sentence's text into parsed sentences: the project's own annotator, end to end. */
  public interface Parser {
    List<ParsedSentence> parse(String text, LocalDate date);
  }

  /** Codes every record from its UD parse and scores the result. */
  public EvalReport run(Path folder, IntConsumer progress) throws IOException, DictionaryFormatException {
    return run(folder, progress, null);
  }

  /**
   * Codes every record from its UD parse and, when a parser is given, also from its raw text
   * through that parser; scores both. The UD figures are the last line's main keys; the end-to-end
   * ones follow with an {@code e2e_} prefix.
   */
  public EvalReport run(Path folder, IntConsumer progress, Parser parser) throws IOException, DictionaryFormatException {
    Path file = recordsFile(folder);
    Path dir = file.getParent() == null ? Path.of(".") : file.getParent();
    List<String> problems = new ArrayList<>();
    DependencyCoder coder = new DependencyCoder(dictionaries(dir, file, problems), DependencyCoder.CoderConfig.PETRARCH);
    Map<String, int[]> byCategory = new TreeMap<>();
    int[] total = new int[3];
    int[] e2e = new int[3];
    List<String> details = new ArrayList<>();
    problems.forEach(p -> details.add("dictionary line skipped: " + p));
    int done = 0;
    List<Record> records = records(file);
    for (Record r : records) {
      ParsedSentence s = ConllU.parse(r.text(), r.parse());
      List<String> produced = new ArrayList<>();
      for (CodedEvent e : coder.code(s, r.date())) {
        produced.add(key(e.code(), e.source(), e.target()));
      }
      if (parser != null) {
        List<String> own = new ArrayList<>();
        for (ParsedSentence p : parser.parse(r.text(), r.date())) {
          for (CodedEvent e : coder.code(p, r.date())) {
            own.add(key(e.code(), e.source(), e.target()));
          }
        }
        int[] sc = score(r.expected(), own);
        for (int k = 0; k < 3; k++) {
          e2e[k] += sc[k];
        }
      }
      int[] score = score(r.expected(), produced);
      int[] cat = byCategory.computeIfAbsent(r.category(), k -> new int[4]);
      cat[3]++;
      for (int k = 0; k < 3; k++) {
        cat[k] += score[k];
        total[k] += score[k];
      }
      if (score[1] > 0 || score[2] > 0) {
        details.add("record " + r.id() + " expected " + r.expected() + " got " + produced);
      }
      progress.accept(++done);
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%-10s %7s %7s %7s %7s", "category", "records", "correct", "missed", "extra"));
    byCategory.forEach((k, v) -> lines.add(String.format("%-10s %7d %7d %7d %7d", k, v[3], v[0], v[1], v[2])));
    lines.addAll(details);
    Map<String, String> figures = figures(records.size(), total);
    if (parser != null) {
      figures(records.size(), e2e).forEach((k, v) -> {
        if (!k.equals("suite") && !k.equals("records")) {
          figures.put("e2e_" + k, v);
        }
      });
    }
    return new EvalReport(lines, figures);
  }

  /** Correct, missed and extra for one record, counting duplicates. */
  static int[] score(List<String> expected, List<String> produced) {
    List<String> left = new ArrayList<>(expected);
    int correct = 0;
    int extra = 0;
    for (String p : produced) {
      if (left.remove(p)) {
        correct++;
      } else {
        extra++;
      }
    }
    return new int[] {correct, left.size(), extra};
  }

  static Map<String, String> figures(int records, int[] t) {
    double p = t[0] / (double) Math.max(1, t[0] + t[2]);
    double r = t[0] / (double) Math.max(1, t[0] + t[1]);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("suite", "petrarch");
    f.put("records", String.valueOf(records));
    f.put("correct", String.valueOf(t[0]));
    f.put("missed", String.valueOf(t[1]));
    f.put("extra", String.valueOf(t[2]));
    f.put("precision", EvalReport.rate(p));
    f.put("recall", EvalReport.rate(r));
    f.put("f1", EvalReport.rate(p + r == 0 ? 0 : 2 * p * r / (p + r)));
    return f;
  }
}
