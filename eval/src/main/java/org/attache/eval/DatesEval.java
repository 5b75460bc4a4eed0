package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.attache.docdate.DocumentDater;
import org.attache.model.Basis;
import org.attache.model.Document;
import org.attache.model.Publication;

/**
 * Publication dates scored on the htmldate set: 1,000 pages with a gold day. Accuracy is the share
 * of pages dated to exactly the gold day; coverage the share given any day at all.
 */
public final class DatesEval {
  // The htmldate index writes NaN for a few missing values, as Python's json module does.
  private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final List<String> SETS = List.of("tests/eval_default.json", "tests/eval_mediacloud_2020.json");
  private static final List<String> FOLDERS = List.of("tests/cache", "tests/eval", "tests/test_set");

  private final PageProcessor pages = new PageProcessor();
  private final DocumentDater dater;

  public DatesEval(DocumentDater dater) {
    this.dater = dater;
  }

  /** A dater over the bundled tables, with the system clock. */
  public static DatesEval withBundledData() throws org.attache.reference.ResourceFormatException {
    return new DatesEval(DocumentDater.withBundledData(Clock.systemUTC()));
  }

  public int size(Path folder) throws IOException {
    int n = 0;
    for (String set : SETS) {
      Path p = folder.resolve(set);
      n += Files.exists(p) ? JSON.readTree(p.toFile()).size() : 0;
    }
    return n;
  }

  public EvalReport run(Path folder, IntConsumer progress) throws IOException {
    SuiteData.require(folder.resolve(SETS.get(0)), "htmldate");
    Map<String, Path> shared = sharedFiles(folder);
    int total = 0;
    int correct = 0;
    int covered = 0;
    int missing = 0;
    Map<String, int[]> byBasis = new HashMap<>();
    List<String> details = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (String set : SETS) {
      Path index = folder.resolve(set);
      if (!Files.exists(index)) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(index.toFile()).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String file = e.getValue().path("file").asText();
        String gold = e.getValue().path("date").asText();
        total++;
        Path page = locate(folder, file, shared);
        if (page == null) {
          missing++;
          progress.accept(total);
          continue;
        }
        Document doc = pages.clean(file, SuiteData.bytes(page), e.getKey());
        Publication pub = dater.date(doc);
        String basis = pub.published() == null ? "none" : pub.basis() == Basis.METADATA && pub.evidence() != null
            ? pub.evidence().replaceFirst("[:\\s].*", "") : pub.basis().label();
        int[] counts = byBasis.computeIfAbsent(basis, k -> new int[2]);
        counts[0]++;
        if (pub.published() != null) {
          covered++;
          if (pub.published().toString().equals(gold)) {
            correct++;
            counts[1]++;
          } else {
            misses.add("miss " + file + " gold=" + gold + " got=" + pub.published() + " (" + pub.evidence() + ")");
          }
        }
        progress.accept(total);
      }
    }
    byBasis.entrySet().stream()
        .sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
        .forEach(en -> details.add(String.format("%-22s pages=%4d correct=%4d", en.getKey(), en.getValue()[0], en.getValue()[1])));
    misses.forEach(m -> details.add(m.length() > 200 ? m.substring(0, 200) + "…" : m));
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("suite", "dates");
    figures.put("pages", String.valueOf(total));
    figures.put("missing", String.valueOf(missing));
    figures.put("correct", String.valueOf(correct));
    figures.put("accuracy", EvalReport.rate(correct / (double) Math.max(1, total)));
    figures.put("coverage", EvalReport.rate(covered / (double) Math.max(1, total)));
    return new EvalReport(details, figures);
  }

  private static Path locate(Path folder, String file, Map<String, Path> shared) {
    for (String f : FOLDERS) {
      Path p = folder.resolve(f).resolve(file + ".gz");
      if (Files.exists(p)) {
        return p;
      }
      Path s = shared.get(f + "/" + file);
      if (s != null && Files.exists(s)) {
        return s;
      }
    }
    return null;
  }

  /** Pages stored once in the trafilatura folder beside this one (see SHARED_WITH_TRAFILATURA.tsv). */
  private static Map<String, Path> sharedFiles(Path folder) throws IOException {
    Map<String, Path> out = new HashMap<>();
    Path tsv = folder.resolve("SHARED_WITH_TRAFILATURA.tsv");
    if (!Files.exists(tsv)) {
      return out;
    }
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        String rel = f[1].replaceFirst("^adbar__trafilatura/", "trafilatura/");
        out.put(f[0], folder.resolveSibling(rel + ".gz"));
      }
    }
    return out;
  }
}
