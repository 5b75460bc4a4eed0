package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.ActorRef;
import org.attache.model.DatedDocument;
import org.attache.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's plumbing with a stand-in coder: no language models are loaded here. */
class MergeEvalTest {
  @TempDir Path dir;

  private static final ActorRef IRAN = new ActorRef("Iran", null, "IRN", "IRN");
  private static final ActorRef RUSSIA = new ActorRef("Russia", null, "RUS", "RUS");

  @Test
  void score_sameHappeningInTwoDocuments_mergerLinksWhatTheLemmaCannot() {
    EcbPlus.Doc a = doc("3_1ecb", "Iran met Russia", mention("3_1ecb/20", 5, 8, "met", "ACT42"));
    EcbPlus.Doc b = doc("3_2ecb", "Iran held talks with Russia and called for calm",
        mention("3_2ecb/21", 10, 15, "talks", "ACT42"), mention("3_2ecb/22", 32, 38, "called", "single:3_2ecb/22"));
    List<MergeEval.Coded> coded = List.of(
        new MergeEval.Coded(a, List.of(event(a, "040", "met", "meet", 5))),
        new MergeEval.Coded(b, List.of(event(b, "040", "talks", "talk", 10), event(b, "130", "called", "call", 32))));
    Map<String, String> f = new MergeEval(d -> List.of()).score(coded, List.of()).figures();
    assertThat(f).containsEntry("documents", "2").containsEntry("gold_mentions", "3").containsEntry("coded_events", "3")
        .containsEntry("aligned_mentions", "3");
    // The merger: {met talks} {called}, as the gold. Perfect on all three measures.
    assertThat(f).containsEntry("muc_f1", "1.000").containsEntry("b3_f1", "1.000").containsEntry("ceafe_f1", "1.000")
        .containsEntry("conll_f1", "1.000");
    // Same lemma: three singletons. MUC 0 (no links); B3 R (1/2 + 1/2 + 1) / 3, P 1, F1 0.8;
    // CEAF-e 2/3 + 1 over 2 key and 3 response clusters: R 5/6, P 5/9, F1 2/3. CoNLL (0 + 0.8 + 2/3) / 3.
    assertThat(f).containsEntry("baseline_muc_f1", "0.000").containsEntry("baseline_b3_recall", "0.667")
        .containsEntry("baseline_b3_f1", "0.800").containsEntry("baseline_ceafe_precision", "0.556")
        .containsEntry("baseline_ceafe_f1", "0.667").containsEntry("baseline_conll_f1", "0.489");
  }

  @Test
  void align_eventWithoutTriggerOrOutsideEveryMention_isNotScored() {
    EcbPlus.Doc a = doc("3_1ecb", "Iran met Russia", mention("3_1ecb/20", 5, 8, "met", "ACT42"));
    Event noTrigger = event(a, "040", "met", "meet", 5);
    noTrigger = new Event("x", noTrigger.doc(), "040", 1, 1, null, IRAN, RUSSIA, null, null, null, a.text(), 0,
        a.text().length(), 0.8, null);
    Event onIran = event(a, "040", "Iran", "Iran", 0);
    assertThat(MergeEval.align(List.of(new MergeEval.Coded(a, List.of(noTrigger, onIran))))).isEmpty();
  }

  @Test
  void run_corpusFolder_codesEachListedDocumentAndReportsProgress() throws Exception {
    Path topic = Files.createDirectories(dir.resolve("ECB+").resolve("3"));
    Files.writeString(topic.resolve("3_1ecbplus.xml"), EcbPlusTest.XML);
    Files.writeString(topic.resolve("3_2ecbplus.xml"), EcbPlusTest.XML);
    Files.createDirectories(dir.resolve("ECB+_LREC2014"));
    Files.writeString(dir.resolve("ECB+_LREC2014").resolve(EcbPlus.CSV),
        "Topic,File,Sentence Number\n3,1ecbplus,1\n3,1ecbplus,2\n3,2ecbplus,1\n3,2ecbplus,2\n");
    List<Integer> progress = new ArrayList<>();
    EvalReport report = new MergeEval(MergeEvalTest::codeMeetings).run(dir, progress::add);
    assertThat(MergeEval.size(dir)).isEqualTo(2);
    assertThat(progress).containsExactly(1, 2);
    assertThat(report.summaryLine()).startsWith("suite=merge documents=2 topics=1 failed=0 gold_mentions=8 coded_events=4"
        + " aligned_mentions=4 aligned_gold_clusters=1 muc_precision=1.000 muc_recall=1.000 muc_f1=1.000");
    assertThat(report.figures()).containsEntry("conll_f1", "1.000").containsEntry("baseline_muc_recall", "0.667");
    assertThat(report.details()).anyMatch(l -> l.startsWith("note: scored only the 4 gold action mentions"));
  }

  @Test
  void run_coderFailsOnADocument_listsItAndGoesOn() throws Exception {
    Path topic = Files.createDirectories(dir.resolve("ECB+").resolve("3"));
    Files.writeString(topic.resolve("3_1ecbplus.xml"), EcbPlusTest.XML);
    Files.writeString(dir.resolve(EcbPlus.CSV), "3,1ecbplus,1\n");
    EvalReport report = new MergeEval(d -> {
      throw new IllegalStateException("parser gave up");
    }).run(dir, n -> { });
    assertThat(report.figures()).containsEntry("failed", "1").containsEntry("aligned_mentions", "0");
    assertThat(report.details()).contains("error 3_1ecbplus: java.lang.IllegalStateException: parser gave up");
  }

  /** A stand-in coder: Iran meets Russia wherever the text says "met" or "talks", dated 1 May 2014. */
  private static List<Event> codeMeetings(DatedDocument d) {
    String text = d.document().text();
    List<Event> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\b(met|talks)\\b").matcher(text);
    while (m.find()) {
      String lemma = m.group(1).equals("met") ? "meet" : "talk";
      out.add(new Event(d.document().id() + "-" + m.start(), d.document().id(), "040", 1, 1, null, IRAN, RUSSIA,
          "2014-05-01", "explicit", null, text, 0, text.length(), 0.8,
          new Event.Trigger(m.group(1), lemma, m.start(), m.end())));
    }
    return out;
  }

  private static Event event(EcbPlus.Doc d, String code, String word, String lemma, int begin) {
    return new Event(d.name() + "-" + begin, d.name(), code, 1, 1, null, IRAN, RUSSIA, "2014-05-01", "explicit", null,
        d.text(), 0, d.text().length(), 0.8, new Event.Trigger(word, lemma, begin, begin + word.length()));
  }

  private static EcbPlus.Doc doc(String name, String text, EcbPlus.Mention... mentions) {
    return new EcbPlus.Doc(name, EcbPlus.topic(name), text, List.of(mentions));
  }

  private static EcbPlus.Mention mention(String id, int begin, int end, String text, String cluster) {
    return new EcbPlus.Mention(id, "ACTION_OCCURRENCE", List.of(new EcbPlus.Span(begin, end)), text, cluster);
  }
}
