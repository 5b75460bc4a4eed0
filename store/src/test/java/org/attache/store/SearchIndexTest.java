package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.Location;
import org.attache.model.StoredEvent;
import org.attache.store.SearchIndex.Hit;
import org.attache.store.SearchIndex.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void openIndex() throws StoreException {
    index = SearchIndex.open(dir.resolve("search"));
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  static StoredDocument document(String key, String title, String text) {
    return new StoredDocument(key, key + ".txt", title, "https://www.example.org/news/" + key, "2025-01-31", null,
        null, "header", "en", text, null, 1);
  }

  static StoredEvent event(String id, String sentence, String... otherSentences) {
    Event e = new Event(id, "a.txt", "040", 1, 1.0, "CONSULT",
        new ActorRef("Iran's Ambassador to Russia, Kazem Jalali", "Kazem Jalali", "IRNGOVDIP", "IRN"),
        new ActorRef("Mikhail Bogdanov", "Mikhail Bogdanov", "RUSGOV", "RUS"), "2025-01-29", "relative",
        new Location("Moscow", "RUS", 55.75, 37.62, 524901L), sentence, 0, sentence.length(), 0.8,
        new Event.Trigger("met", "meet", 10, 13));
    List<StoredEvent.Mention> mentions = new java.util.ArrayList<>(List.of(StoredEvent.Mention.of(e)));
    for (int i = 0; i < otherSentences.length; i++) {
      mentions.add(new StoredEvent.Mention(id + "-" + i, "b" + i + ".txt", otherSentences[i], 0, 10, null, null));
    }
    return new StoredEvent(e, mentions, mentions.size(), List.of());
  }

  private List<String> ids(String query, Kind kind) {
    return index.search(query, kind, 10).stream().map(Hit::id).toList();
  }

  private void indexSample() {
    index.index(document("k1", "Araghchi meets Lavrov",
        "Iranian Foreign Minister Abbas Araghchi met his Russian counterpart in Moscow on Wednesday."));
    index.index(document("k2", "Pezeshkián visits Tashkent",
        "President Masoud Pezeshkián arrived in Tashkent for talks on trade and energy."));
    index.index(document("k3", null, "Former minister Hossein Amir-Abdollahian said the nuclear talks would resume."));
    index.index(event("e1", "Jalali met Bogdanov in Moscow to discuss the North-South corridor."));
    index.commit();
  }

  @Test
  void search_word_findsDocumentWithSnippet() {
    indexSample();
    List<Hit> hits = index.search("counterpart", null, 10);
    assertThat(hits).extracting(Hit::id).containsExactly("k1");
    assertThat(hits.get(0).kind()).isEqualTo(Kind.DOCUMENT);
    assertThat(hits.get(0).snippet()).contains("Russian counterpart in Moscow").doesNotContain("<");
    assertThat(hits.get(0).score()).isPositive();
  }

  @Test
  void search_stemmedWord_matchesOtherForms() {
    indexSample();
    assertThat(ids("meeting", Kind.DOCUMENT)).containsExactly("k1");
  }

  @Test
  void search_phrase_matchesOnlyAdjacentWords() {
    indexSample();
    assertThat(ids("\"foreign minister\"", null)).containsExactly("k1");
    assertThat(ids("\"minister foreign\"", null)).isEmpty();
  }

  @Test
  void search_withoutAccent_findsAccentedName() {
    indexSample();
    assertThat(ids("Pezeshkian", null)).containsExactly("k2");
    assertThat(ids("PEZESHKIÁN", null)).containsExactly("k2");
  }

  @Test
  void search_hyphenSpaceOrJoinedName_findsSameDocument() {
    indexSample();
    assertThat(ids("Amir-Abdollahian", null)).containsExactly("k3");
    assertThat(ids("\"Amir Abdollahian\"", null)).containsExactly("k3");
    assertThat(ids("Amir Abdollahian", null)).containsExactly("k3");
    assertThat(ids("amirabdollahian", null)).containsExactly("k3");
  }

  @Test
  void search_booleanOperators_combineWords() {
    indexSample();
    assertThat(ids("Tashkent OR Araghchi", null)).containsExactlyInAnyOrder("k1", "k2");
    assertThat(ids("talks NOT nuclear", null)).containsExactly("k2");
    assertThat(ids("talks AND (energy OR corridor)", null)).containsExactly("k2");
  }

  @Test
  void search_defaultOperator_requiresEveryWord() {
    indexSample();
    assertThat(ids("talks energy", null)).containsExactly("k2");
  }

  @Test
  void search_eventFields_findEventByActorCodeAndPlace() {
    indexSample();
    assertThat(ids("IRNGOVDIP", null)).containsExactly("e1");
    assertThat(ids("consult", Kind.EVENT)).containsExactly("e1");
    assertThat(ids("\"Mikhail Bogdanov\"", null)).containsExactly("e1");
    assertThat(ids("Moscow", Kind.EVENT)).containsExactly("e1");
  }

  @Test
  void search_otherMentionSentence_findsEventWithThatSentenceAsSnippet() {
    index.index(event("e2", "Jalali met Bogdanov.", "The envoys also discussed wheat exports through the Caspian."));
    index.commit();
    List<Hit> hits = index.search("wheat", Kind.EVENT, 10);
    assertThat(hits).extracting(Hit::id).containsExactly("e2");
    assertThat(hits.get(0).snippet()).contains("wheat exports");
  }

  @Test
  void search_kind_restrictsHits() {
    indexSample();
    assertThat(ids("Moscow", null)).containsExactlyInAnyOrder("k1", "e1");
    assertThat(ids("Moscow", Kind.DOCUMENT)).containsExactly("k1");
    assertThat(ids("Moscow", Kind.EVENT)).containsExactly("e1");
  }

  @Test
  void search_prefix_matchesAndSnippetShowsMatch() {
    String text = "Opening words that say nothing. ".repeat(12) + "The parties resumed negotiations in Vienna.";
    index.index(document("k9", null, text));
    index.commit();
    List<Hit> hits = index.search("negotia*", null, 10);
    assertThat(hits).extracting(Hit::id).containsExactly("k9");
    assertThat(hits.get(0).snippet()).startsWith("… ").contains("negotiations in Vienna").hasSizeLessThan(220);
  }

  @Test
  void search_colonAndBrackets_takenLiterally() {
    indexSample();
    assertThat(ids("Moscow: counterpart", null)).containsExactly("k1");
    assertThat(ids("[Tashkent]", null)).containsExactly("k2");
    assertThat(ids("{Tashkent}~ ^", null)).containsExactly("k2");
  }

  @Test
  void search_limit_capsHits() {
    indexSample();
    assertThat(index.search("Moscow", null, 1)).hasSize(1);
    assertThatThrownBy(() -> index.search("Moscow", null, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }

  @Test
  void search_malformedQuery_throwsIllegalArgumentQuotingQuery() {
    indexSample();
    for (String bad : List.of("\"foreign minister", "(talks OR energy", "talks)", "talks AND", "OR talks", "*stan",
        "   ")) {
      assertThatThrownBy(() -> index.search(bad, null, 10)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'").hasMessageNotContaining("Encountered").hasMessageNotContaining("\n")
          .hasNoCause();
    }
  }

  @Test
  void search_onlyStopWords_findsNothing() {
    indexSample();
    assertThat(index.search("the", null, 10)).isEmpty();
  }

  @Test
  void index_sameKeyTwice_replacesWithoutDuplicate() {
    indexSample();
    index.index(document("k1", "Araghchi meets Lavrov", "A corrected text about a meeting in Saint Petersburg."));
    index.index(event("e1", "Jalali met Bogdanov in Saint Petersburg."));
    index.commit();
    assertThat(index.count(Kind.DOCUMENT)).isEqualTo(3);
    assertThat(index.count(Kind.EVENT)).isEqualTo(1);
    assertThat(ids("Petersburg", null)).containsExactlyInAnyOrder("k1", "e1");
    assertThat(ids("counterpart", null)).isEmpty();
  }

  @Test
  void index_withoutCommit_notVisible() {
    indexSample();
    index.index(document("k4", null, "Uncommitted news from Baku."));
    assertThat(ids("Baku", null)).isEmpty();
    index.commit();
    assertThat(ids("Baku", null)).containsExactly("k4");
  }

  @Test
  void delete_byKindAndId_removesOnlyThatEntry() {
    indexSample();
    index.delete(Kind.DOCUMENT, "k1");
    index.delete(Kind.EVENT, "k2"); // a document's key as an event id: nothing to delete
    index.commit();
    assertThat(ids("Moscow", null)).containsExactly("e1");
    assertThat(index.count(null)).isEqualTo(3);
  }

  @Test
  void count_byKind_countsCommittedEntries() {
    indexSample();
    assertThat(index.count(Kind.DOCUMENT)).isEqualTo(3);
    assertThat(index.count(Kind.EVENT)).isEqualTo(1);
    assertThat(index.count(null)).isEqualTo(4);
  }

  @Test
  void clear_thenCommit_leavesEmptyIndex() {
    indexSample();
    index.clear();
    assertThat(index.count(null)).isEqualTo(4);
    index.commit();
    assertThat(index.count(null)).isZero();
    assertThat(ids("Moscow", null)).isEmpty();
  }

  @Test
  void open_afterClose_keepsData() throws StoreException {
    indexSample();
    index.index(document("k5", null, "Committed by close: news from Yerevan."));
    index.close();
    index = SearchIndex.open(dir.resolve("search"));
    assertThat(index.count(null)).isEqualTo(5);
    assertThat(ids("Yerevan", null)).containsExactly("k5");
  }

  @Test
  void open_folderInUse_throwsUnavailableNamingFolder() {
    Path folder = dir.resolve("search");
    assertThatThrownBy(() -> SearchIndex.open(folder)).isInstanceOfSatisfying(StoreException.class,
        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.UNAVAILABLE)).hasMessageContaining(folder.toString());
  }

  @Test
  void open_corruptIndex_throwsFailedNamingFolder() throws Exception {
    Path folder = dir.resolve("broken");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("segments_1"), "not a Lucene index");
    assertThatThrownBy(() -> SearchIndex.open(folder)).isInstanceOfSatisfying(StoreException.class,
        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.FAILED)).hasMessageContaining(folder.toString());
  }

  @Test
  void open_pathIsFile_throwsStoreException() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    assertThatThrownBy(() -> SearchIndex.open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void search_whileIndexing_concurrentSearchersSeeConsistentCounts() throws Exception {
    indexSample();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 200; i++) {
          index.index(document("w" + i, null, "Batch news item " + i + " from Ankara."));
          if (i % 20 == 0) {
            index.commit();
          }
        }
        index.commit();
      });
      List<Future<?>> readers = List.of(pool.submit(() -> searchRepeatedly(writer)),
          pool.submit(() -> searchRepeatedly(writer)));
      writer.get(30, TimeUnit.SECONDS);
      for (Future<?> r : readers) {
        r.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.count(Kind.DOCUMENT)).isEqualTo(203);
    assertThat(index.search("Ankara", Kind.DOCUMENT, 500)).hasSize(200);
  }

  private void searchRepeatedly(Future<?> writer) {
    while (!writer.isDone()) {
      assertThat(index.search("Ankara", null, 5)).allSatisfy(h -> assertThat(h.snippet()).contains("Ankara"));
    }
  }
}
