package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.clean.Cleaner;
import org.attache.docdate.DocumentDater;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ReaderConfig;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.pipeline.DocumentPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold-folder scoring rule, with a stand-in coder: no language models are loaded here. */
class EventsEvalTest {
  @TempDir Path dir;

  private static GoldEvent gold(String a, String b, boolean ordered, String prec, boolean required) {
    return new GoldEvent("d1", "d1-x", List.of(a.split(",")), List.of(b.split(",")), ordered, List.of("04", "05"),
        LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5), prec, required, "Arnor met Gondor.");
  }

  private static Event event(String doc, String code, String source, String target, String date) {
    return new Event(doc + code + source + target, doc, code, 1, 1.0, null, new ActorRef(source, null, source, source),
        target == null ? null : new ActorRef(target, null, target, target), date, "relative", null, "Some sentence.", 0, 14,
        0.7, null);
  }

  @Test
  void matches_ordered_onlyTheGivenDirection() {
    GoldEvent g = gold("IRN", "RUS", true, "day", true);
    assertThat(g.matches("04", "IRN", "RUS")).isTrue();
    assertThat(g.matches("04", "RUS", "IRN")).isFalse();
    assertThat(g.matches("19", "IRN", "RUS")).as("root not listed").isFalse();
    assertThat(g.matches("05", "IRN", "RUS")).as("the second defensible root").isTrue();
  }

  @Test
  void matches_mutual_eitherDirection() {
    GoldEvent g = gold("IRN", "RUS", false, "day", true);
    assertThat(g.matches("04", "RUS", "IRN")).isTrue();
  }

  @Test
  void matches_star_anythingOrNoActor() {
    GoldEvent g = gold("*", "POL,*", true, "day", true);
    assertThat(g.matches("04", "DEU", null)).isTrue();
    assertThat(g.matches("04", null, "FRA")).isTrue();
    assertThat(gold("*", "POL", true, "day", true).matches("04", "DEU", null)).as("target required").isFalse();
  }

  @Test
  void dateFits_dayPrecision_dayInsideWindowOnly() {
    GoldEvent g = gold("IRN", "RUS", true, "day", true);
    assertThat(g.dateFits("2025-03-05")).isTrue();
    assertThat(g.dateFits("2025-03-06")).isFalse();
    assertThat(g.dateFits("2025-03")).as("less precise than asked").isFalse();
    assertThat(g.dateFits(null)).isFalse();
  }

  @Test
  void dateFits_coarserPrecision_monthOrYearOverlappingWindow() {
    assertThat(gold("IRN", "RUS", true, "month", true).dateFits("2025-03")).isTrue();
    assertThat(gold("IRN", "RUS", true, "month", true).dateFits("2025-02")).isFalse();
    assertThat(gold("IRN", "RUS", true, "month", true).dateFits("2025")).isFalse();
    assertThat(gold("IRN", "RUS", true, "any", true).dateFits("2025")).isTrue();
    assertThat(gold("IRN", "RUS", true, "any", true).dateFits(null)).isFalse();
  }

  @Test
  void score_mixedEvents_recallPrecisionAndTargetlessStatementsApart() {
    List<GoldEvent> golds = List.of(gold("IRN", "RUS", false, "day", true), gold("IRN", "CHN", true, "day", true),
        gold("IRN", "TUR", true, "any", false));
    List<Event> system = List.of(event("d1", "040", "RUS", "IRN", "2025-03-04"), // first gold, dated right
        event("d1", "051", "IRN", "CHN", "2025-03-09"), // second gold, misdated
        event("d1", "042", "IRN", "TUR", null), // the optional gold: right, not counted in recall
        event("d1", "010", "IRN", null, "2025-03-04"), // a target-less statement
        event("d2", "040", "IRN", "RUS", "2025-03-04")); // another document
    Map<String, String> f = EventsEval.EventScore.of(golds, system).figures();
    assertThat(f).containsEntry("required", "2").containsEntry("matched", "2").containsEntry("matched_dated", "1")
        .containsEntry("recall", "1.000").containsEntry("recall_dated", "0.500")
        .containsEntry("precision", "0.600").containsEntry("precision_targeted", "0.750");
  }

  @Test
  void details_missesAndUnmatched_listedWithTheirSentences() {
    List<String> d = EventsEval.EventScore.of(List.of(gold("IRN", "RUS", true, "day", true)),
        List.of(event("d1", "190", "IRN", "RUS", "2025-03-04"))).details();
    assertThat(d).anyMatch(l -> l.startsWith("missed d1-x [IRN] -> [RUS] [04, 05]") && l.endsWith("Arnor met Gondor."));
    assertThat(d).anyMatch(l -> l.startsWith("unmatched d1 190 IRN -> RUS 2025-03-04") && l.endsWith("Some sentence."));
  }

  @Test
  void gold_malformedLine_errorNamesFileAndLine() throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, "{\"doc\": \"d1\", \"id\": \"x\", \"a\": [\"IRN\"]}\n");
    assertThatThrownBy(() -> EventsEval.gold(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":1: expected a non-empty list field 'b'");
  }

  @Test
  void size_folderWithoutGold_saysWhatIsMissing() throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"), "");
    assertThatThrownBy(() -> EventsEval.size(dir)).hasMessage("not a gold folder: no events.jsonl in " + dir);
  }

  @Test
  void run_goldFolder_readsCleansDatesAndCodesEachArticle() throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"),
        "{\"id\": \"d1\", \"text\": \"Arnor's envoy met Gondor's king in Minas Tirith on Tuesday to talk about trade.\","
            + " \"published\": \"2025-03-05\"}\n");
    Files.writeString(dir.resolve("events.jsonl"), "{\"doc\": \"d1\", \"id\": \"d1-meet\", \"a\": [\"ARN\"], \"b\": [\"GON\"],"
        + " \"ordered\": false, \"roots\": [\"04\"], \"from\": \"2025-03-04\", \"to\": \"2025-03-04\", \"prec\": \"day\","
        + " \"required\": true}\n");
    DocumentPipeline documents = new DocumentPipeline(new ArticleReader(ReaderConfig.DEFAULTS), new Cleaner(),
        DocumentDater.withBundledData(Clock.systemUTC()));
    List<String> published = new ArrayList<>();
    EventsEval eval = new EventsEval(documents, d -> {
      published.add(String.valueOf(d.publication().published()));
      return List.of(event(d.document().id(), "040", "GON", "ARN", "2025-03-04"));
    });
    List<Integer> progress = new ArrayList<>();
    EvalReport report = eval.run(dir, progress::add);
    assertThat(published).containsExactly("2025-03-05");
    assertThat(progress).containsExactly(1);
    assertThat(report.summaryLine()).startsWith("suite=events articles=1 gold=1 required=1 system=1 matched=1 matched_dated=1")
        .contains("recall=1.000 recall_dated=1.000 precision=1.000");
  }
}
