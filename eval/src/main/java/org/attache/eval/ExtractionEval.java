package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Document;

/**
 * Main-text extraction scored two ways, by the folder given: the ScrapingHub article-extraction
 * benchmark (a {@code ground-truth.json} with {@code html/*.html.gz}: 4-gram shingle precision and
 * recall per page, averaged over pages, F1 of the averages) and the trafilatura set
 * ({@code tests/evaldata.json}: passages that must and must not appear, micro-averaged).
 */
public final class ExtractionEval {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private final PageProcessor pages = new PageProcessor();

  /** Runs the suite found in the folder, reporting progress as pages done. */
  public EvalReport run(Path folder, IntConsumer progress) throws IOException {
    if (Files.exists(folder.resolve("ground-truth.json"))) {
      return scrapinghub(folder, progress);
    }
    if (Files.exists(folder.resolve("tests/evaldata.json"))) {
      return trafilatura(folder, progress);
    }
    throw new IllegalArgumentException("not an extraction suite folder: " + folder
        + " has neither ground-truth.json (ScrapingHub) nor tests/evaldata.json (trafilatura)");
  }

  /** How many pages the folder's suite has. */
  public int size(Path folder) throws IOException {
    Path gt = folder.resolve("ground-truth.json");
    Path td = folder.resolve("tests/evaldata.json");
    return Files.exists(gt) ? JSON.readTree(gt.toFile()).size() : Files.exists(td) ? JSON.readTree(td.toFile()).size() : 0;
  }

  private EvalReport scrapinghub(Path folder, IntConsumer progress) throws IOException {
    JsonNode truth = JSON.readTree(folder.resolve("ground-truth.json").toFile());
    double precisionSum = 0;
    double recallSum = 0;
    int precisionN = 0;
    int recallN = 0;
    int exact = 0;
    int done = 0;
    List<String> worst = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = folder.resolve("html").resolve(e.getKey() + ".html.gz");
      String gold = e.getValue().path("articleBody").asText("");
      String predicted = "";
      if (Files.exists(html)) {
        Document doc = pages.clean(e.getKey(), SuiteData.bytes(html), e.getValue().path("url").asText(null));
        predicted = doc.text();
      }
      double[] tpFpFn = shingleMatch(gold, predicted);
      if (tpFpFn[0] + tpFpFn[1] > 0) {
        precisionSum += precision(tpFpFn);
        precisionN++;
      }
      if (tpFpFn[0] + tpFpFn[2] > 0) {
        recallSum += recall(tpFpFn);
        recallN++;
      }
      if (tokens(gold).equals(tokens(predicted))) {
        exact++;
      }
      if (tpFpFn[0] < 0.5) {
        worst.add(String.format("low overlap %.2f: %s", tpFpFn[0], e.getKey()));
      }
      progress.accept(++done);
    }
    double p = precisionSum / Math.max(1, precisionN);
    double r = recallSum / Math.max(1, recallN);
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("suite", "extraction");
    figures.put("set", "scrapinghub");
    figures.put("pages", String.valueOf(done));
    figures.put("precision", EvalReport.rate(p));
    figures.put("recall", EvalReport.rate(r));
    figures.put("f1", EvalReport.rate(p + r == 0 ? 0 : 2 * p * r / (p + r)));
    figures.put("accuracy", EvalReport.rate(exact / (double) Math.max(1, done)));
    return new EvalReport(worst, figures);
  }

  private static double precision(double[] t) {
    if (t[1] == 0 && t[2] == 0) {
      return 1;
    }
    return t[0] == 0 && t[1] == 0 ? 0 : t[0] / (t[0] + t[1]);
  }

  private static double recall(double[] t) {
    if (t[1] == 0 && t[2] == 0) {
      return 1;
    }
    return t[0] == 0 && t[2] == 0 ? 0 : t[0] / (t[0] + t[2]);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** True positives, false positives and false negatives over 4-token shingles, normalised to sum 1. */
  static double[] shingleMatch(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(gold);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<List<String>, Integer> all = new HashMap<>(g);
    p.forEach((k, v) -> all.merge(k, 0, Integer::sum));
    for (List<String> k : all.keySet()) {
      int gc = g.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, t.size() - 3); i++) {
      List<String> sh = t.subList(i, Math.min(t.size(), i + 4));
      if (!sh.isEmpty()) {
        out.merge(List.copyOf(sh), 1, Integer::sum);
      }
    }
    return out;
  }

  private EvalReport trafilatura(Path folder, IntConsumer progress) throws IOException {
    JsonNode data = JSON.readTree(folder.resolve("tests/evaldata.json").toFile());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    int done = 0;
    int missing = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().path("file").asText();
      Path page = folder.resolve("tests/cache").resolve(file + ".gz");
      if (!Files.exists(page)) {
        page = folder.resolve("tests/eval").resolve(file + ".gz");
      }
      String text = "";
      if (Files.exists(page)) {
        text = normalize(pages.clean(file, SuiteData.bytes(page), e.getKey()).text());
      } else {
        missing++;
      }
      for (JsonNode with : e.getValue().path("with")) {
        if (text.contains(normalize(with.asText()))) {
          tp++;
        } else {
          fn++;
        }
      }
      for (JsonNode without : e.getValue().path("without")) {
        if (text.contains(normalize(without.asText()))) {
          fp++;
        } else {
          tn++;
        }
      }
      progress.accept(++done);
    }
    double p = tp / (double) Math.max(1, tp + fp);
    double r = tp / (double) Math.max(1, tp + fn);
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("suite", "extraction");
    figures.put("set", "trafilatura");
    figures.put("pages", String.valueOf(done));
    figures.put("missing", String.valueOf(missing));
    figures.put("precision", EvalReport.rate(p));
    figures.put("recall", EvalReport.rate(r));
    figures.put("f1", EvalReport.rate(2.0 * tp / Math.max(1, 2 * tp + fp + fn)));
    figures.put("accuracy", EvalReport.rate((tp + tn) / (double) Math.max(1, tp + tn + fp + fn)));
    return new EvalReport(List.of(), figures);
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
