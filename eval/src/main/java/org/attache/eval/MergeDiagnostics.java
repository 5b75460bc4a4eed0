package org.attache.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.merge.EventMerger;
import org.attache.model.Event;

/**
 * The merge suite's detail lines: the scored mentions seen as pairs within a topic, so that one
 * can tell where the merger links too little or too much. Links are counted within and across
 * documents for the merger and the same-lemma baseline; the gold links across documents that the
 * merger misses are split by what kept them apart (the CAMEO root, the actors, or the merger's
 * date and wording tests on the same key); and how often pairs with the same key, or the same
 * trigger lemma, are gold coreferent. Built once per run; not thread-safe.
 */
final class MergeDiagnostics {
  private static final String[] KINDS = {"within documents", "across documents"};

  private final EventMerger merger;
  private final Map<Integer, List<Map.Entry<EcbPlus.Mention, Event>>> byTopic = new LinkedHashMap<>();
  private final Map<Event, String> system;
  // [within/across][gold, system, system correct, baseline, baseline correct]
  private final int[][] links = new int[2][5];
  private final Map<String, int[]> missedBy = new LinkedHashMap<>();
  private final Map<String, int[]> cues = new LinkedHashMap<>(); // cue -> {pairs, gold coreferent}
  private final List<String> missed = new ArrayList<>();
  private final List<String> wrong = new ArrayList<>();

  MergeDiagnostics(EventMerger merger, Map<EcbPlus.Mention, Event> aligned, Map<Event, String> system) {
    this.merger = merger;
    this.system = system;
    aligned.entrySet().forEach(e -> byTopic.computeIfAbsent(EcbPlus.topic(e.getValue().doc()), t -> new ArrayList<>()).add(e));
    for (String reason : List.of("a different CAMEO root", "different actors", "the same key, judged different")) {
      missedBy.put(reason, new int[1]);
    }
    for (String cue : List.of("the same key", "the same key and trigger lemma", "the same trigger lemma")) {
      cues.put(cue, new int[2]);
    }
    byTopic.values().forEach(this::count);
  }

  private void count(List<Map.Entry<EcbPlus.Mention, Event>> topic) {
    for (int i = 0; i < topic.size(); i++) {
      for (int j = i + 1; j < topic.size(); j++) {
        pair(topic.get(i).getKey(), topic.get(i).getValue(), topic.get(j).getKey(), topic.get(j).getValue());
      }
    }
  }

  private void pair(EcbPlus.Mention m1, Event e1, EcbPlus.Mention m2, Event e2) {
    boolean gold = m1.cluster().equals(m2.cluster());
    boolean ours = system.get(e1).equals(system.get(e2));
    boolean lemma = MergeEval.lemma(e1).equals(MergeEval.lemma(e2));
    int kind = e1.doc().equals(e2.doc()) ? 0 : 1;
    int[] c = links[kind];
    c[0] += gold ? 1 : 0;
    c[1] += ours ? 1 : 0;
    c[2] += ours && gold ? 1 : 0;
    c[3] += lemma ? 1 : 0;
    c[4] += lemma && gold ? 1 : 0;
    if (kind == 0) {
      return;
    }
    boolean sameKey = EventMerger.key(e1).equals(EventMerger.key(e2));
    cue("the same key", sameKey, gold);
    cue("the same key and trigger lemma", sameKey && lemma, gold);
    cue("the same trigger lemma", lemma, gold);
    if (gold && !ours) {
      missedBy.get(!EventMerger.root(e1.code()).equals(EventMerger.root(e2.code())) ? "a different CAMEO root"
          : sameKey ? "the same key, judged different" : "different actors")[0]++;
      missed.add("missed link: " + show(m1, e1) + " ~ " + show(m2, e2) + " (" + merger.compare(e1, e2) + ")");
    } else if (ours && !gold) {
      wrong.add("wrong link: " + show(m1, e1) + " ~ " + show(m2, e2));
    }
  }

  private void cue(String name, boolean holds, boolean gold) {
    if (holds) {
      cues.get(name)[0]++;
      cues.get(name)[1] += gold ? 1 : 0;
    }
  }

  private static String show(EcbPlus.Mention m, Event e) {
    return m.id() + " '" + m.text() + "' " + EventMerger.key(e) + " " + e.code() + (e.date() == null ? "" : " " + e.date());
  }

  /** The detail lines, with at most {@code shown} examples of missed and of wrong links. */
  List<String> lines(int shown) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      int[] c = links[k];
      out.add("links " + KINDS[k] + ": gold " + c[0] + ", merger " + c[1] + " (" + c[2] + " right), same lemma "
          + c[3] + " (" + c[4] + " right)");
    }
    StringBuilder why = new StringBuilder("gold links across documents the merger misses, by what kept them apart:");
    missedBy.forEach((reason, n) -> why.append(" ").append(reason).append(" ").append(n[0]).append(";"));
    out.add(why.substring(0, why.length() - 1));
    cues.forEach((cue, n) -> out.add("pairs across documents with " + cue + ": " + n[0] + ", gold coreferent " + n[1]));
    examples(out, missed, shown);
    examples(out, wrong, shown);
    return out;
  }

  private static void examples(List<String> out, List<String> lines, int shown) {
    out.addAll(lines.subList(0, Math.min(shown, lines.size())));
    if (lines.size() > shown) {
      out.add("... and " + (lines.size() - shown) + " more like these");
    }
  }
}
