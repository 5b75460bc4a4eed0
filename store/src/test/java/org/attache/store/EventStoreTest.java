package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ActorRef;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Location;
import org.attache.model.Publication;
import org.attache.model.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store's behaviour, the same cases on DuckDB and on a real PostgreSQL server. */
class EventStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final ActorRef IRAN = new ActorRef("Iran's Ambassador to Russia, Kazem Jalali", "Kazem Jalali", "IRNGOVDIP", "IRN");
  private static final ActorRef BOGDANOV = new ActorRef("Mikhail Bogdanov", "Mikhail Bogdanov", "RUSGOV", "RUS");
  private static final ActorRef TEHRAN = new ActorRef("Tehran", null, "IRNGOV", "IRN");
  private static final ActorRef MOSCOW = new ActorRef("Moscow", null, "RUSGOV", "RUS");

  @TempDir Path dir;

  static DatedDocument article(String id, String text, String published) {
    Document d = new Document(id, "test/" + id, null, text, List.of(), "en", null, null, List.of());
    return new DatedDocument(d, Publication.on(LocalDate.parse(published), Basis.HEADER, "test"));
  }

  static Event report(String id, String doc, String code, ActorRef source, ActorRef target, String date, String basis,
      String sentence) {
    return new Event(id, doc, code, 1, 1.0, "CONSULT", source, target, date, basis,
        new Location("Moscow", "RUS", 55.75, 37.62, 524901L), sentence, 0, sentence.length(), 0.8, null);
  }

  private static final String MEETING_JAN = "Iran's Ambassador to Russia, Kazem Jalali, met Mikhail Bogdanov in Moscow on Wednesday"
      + " to discuss the situation in Syria and the South Caucasus.";
  private static final String MEETING_MAR = "On Thursday, Jalali met with Mikhail Bogdanov, the Russian deputy foreign minister,"
      + " to review regional developments and bilateral ties.";
  private static final String TREATY_2025 = "The talks came against the backdrop of a new Comprehensive Strategic Partnership"
      + " Treaty, signed on January 17 by the two presidents.";
  private static final String TREATY_2024 = "The meetings come amid a 20-year strategic agreement signed in 2024 between"
      + " Tehran and Moscow.";

  private static String body(String... sentences) {
    return String.join("\n\n", sentences) + "\n\nThe rest of this article says more about the relations between the"
        + " two countries, their trade, their energy projects and their diplomats' many visits over the years.";
  }

  private EventStore open(Stores.Kind kind) throws StoreException {
    return EventStore.open(Stores.fresh(kind, dir), CLOCK);
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void add_sameArticleTwice_storedOnce(Stores.Kind kind) throws Exception {
    try (EventStore store = open(kind)) {
      DatedDocument a = article("000.txt", body(MEETING_JAN), "2025-01-31");
      List<Event> reports = List.of(report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN));
      IngestOutcome first = store.add(a, reports);
      EventStore.Counts once = store.counts();
      IngestOutcome second = store.add(a, reports);
      // The same text under another file name is the same article.
      IngestOutcome renamed = store.add(article("copy-of-000.txt", body(MEETING_JAN), "2025-01-31"), reports);

      assertThat(first.status()).isEqualTo(IngestOutcome.Status.ADDED);
      assertThat(second.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
      assertThat(renamed.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
      assertThat(store.counts()).isEqualTo(once);
      assertThat(once).isEqualTo(new EventStore.Counts(1, 0, 1, 1));
      assertThat(store.contains(body(MEETING_JAN))).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void add_repostWithOtherBoilerplate_linkedAsNearDuplicate(Stores.Kind kind) throws Exception {
    try (EventStore store = open(kind)) {
      String text = body(MEETING_JAN, TREATY_2025);
      store.add(article("000.txt", text, "2025-01-31"),
          List.of(report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN)));
      String repost = "Share this story on social media\n\n" + text + "\n\nRead more: other stories from our partners";
      IngestOutcome r = store.add(article("repost.txt", repost, "2025-02-01"),
          List.of(report("e1", "repost.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN)));

      assertThat(r.status()).isEqualTo(IngestOutcome.Status.NEAR_DUPLICATE);
      assertThat(r.duplicateOf()).isEqualTo(store.document("000.txt").orElseThrow().key());
      assertThat(store.document("repost.txt").orElseThrow().duplicateOf()).isEqualTo(r.duplicateOf());
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(2, 1, 1, 1));
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void add_twoMeetingsOnDifferentDays_stayTwoEvents(Stores.Kind kind) throws Exception {
    try (EventStore store = open(kind)) {
      store.add(article("000.txt", body(MEETING_JAN), "2025-01-31"),
          List.of(report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN)));
      store.add(article("001.txt", body(MEETING_MAR), "2025-03-07"),
          List.of(report("e2", "001.txt", "040", IRAN, BOGDANOV, "2025-03-06", "relative", MEETING_MAR)));

      List<StoredEvent> events = store.events(EventQuery.all());
      assertThat(events).extracting(e -> e.event().date()).containsExactly("2025-01-29", "2025-03-06");
      assertThat(events).allSatisfy(e -> assertThat(e.sources()).isEqualTo(1));
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void add_oneMeetingInTwoOutlets_oneEventTwoSources(Stores.Kind kind) throws Exception {
    try (EventStore store = open(kind)) {
      String other = "Russian Deputy Foreign Minister Mikhail Bogdanov received the Iranian ambassador Kazem Jalali"
          + " in Moscow on January 29 for talks on Syria.";
      store.add(article("000.txt", body(MEETING_JAN), "2025-01-31"),
          List.of(report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN)));
      IngestOutcome second = store.add(article("tass.txt", body(other), "2025-01-30"),
          List.of(report("e9", "tass.txt", "042", IRAN, BOGDANOV, "2025-01-29", "explicit", other)));

      assertThat(second.merged()).isEqualTo(1);
      StoredEvent e = store.events(EventQuery.all()).get(0);
      assertThat(e.sources()).isEqualTo(2);
      assertThat(e.mentions()).extracting(StoredEvent.Mention::doc).containsExactly("000.txt", "tass.txt");
      assertThat(e.conflicts()).isEmpty();
      // Both give the day from the text; the id stays the first report's.
      assertThat(e.event().date()).isEqualTo("2025-01-29");
      assertThat(e.event().id()).isEqualTo(ArticleWriter.storedId(store.document("000.txt").orElseThrow().key(), "e1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void add_treatyWithTwoDates_oneEventWithConflict(Stores.Kind kind) throws Exception {
    try (EventStore store = open(kind)) {
      store.add(article("000.txt", body(TREATY_2025), "2025-01-31"),
          List.of(report("t1", "000.txt", "057", TEHRAN, MOSCOW, "2025-01-17", "explicit", TREATY_2025)));
      store.add(article("001.txt", body(TREATY_2024), "2025-03-07"),
          List.of(report("t2", "001.txt", "057", TEHRAN, MOSCOW, "2024", "explicit", TREATY_2024)));

      List<StoredEvent> events = store.events(EventQuery.all());
      assertThat(events).hasSize(1);
      assertThat(events.get(0).sources()).isEqualTo(2);
      assertThat(events.get(0).conflicts()).containsExactly("date: 2025-01-17 (000.txt) vs 2024 (001.txt)");
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void events_filters_selectByActorCountryDyadCodeAndDate(Stores.Kind kind) throws Exception {
    try (EventStore store = open(kind)) {
      store.add(article("000.txt", body(MEETING_JAN, TREATY_2025), "2025-01-31"), List.of(
          report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN),
          report("t1", "000.txt", "057", TEHRAN, MOSCOW, "2025-01-17", "explicit", TREATY_2025)));
      store.add(article("001.txt", body(MEETING_MAR), "2025-03-07"),
          List.of(report("e2", "001.txt", "040", IRAN, BOGDANOV, "2025-03", "relative", MEETING_MAR)));

      assertThat(store.count(EventQuery.all())).isEqualTo(3);
      assertThat(store.count(EventQuery.all().withCode("04"))).isEqualTo(2);
      assertThat(store.count(EventQuery.all().withCode("057"))).isEqualTo(1);
      assertThat(store.count(EventQuery.all().withDyad("RUS", "IRN"))).isEqualTo(3);
      assertThat(store.count(EventQuery.all().withCountry("irn"))).isEqualTo(3);
      assertThat(store.count(EventQuery.all().withCountry("USA"))).isZero();
      assertThat(store.count(EventQuery.all().withActor("IRNGOVDIP"))).isEqualTo(2);
      assertThat(store.count(EventQuery.all().withActor("bogdanov"))).isEqualTo(2);
      assertThat(store.count(EventQuery.all().between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))).isEqualTo(1);
      assertThat(store.count(EventQuery.all().between(EventQuery.bound("2025-01", false), EventQuery.bound("2025-01", true))))
          .isEqualTo(2);
      assertThat(store.events(EventQuery.all().page(1, 1))).hasSize(1);
      // User values are parameters: quotes and wildcards match literally and break nothing.
      assertThat(store.count(EventQuery.all().withActor("' OR '1'='1"))).isZero();
      assertThat(store.count(EventQuery.all().withCode("%"))).isZero();
      assertThat(store.count(EventQuery.all().withCountry("IRN'; DROP TABLE events; --"))).isZero();
      assertThat(store.count(EventQuery.all())).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void open_again_keepsEverything(Stores.Kind kind) throws Exception {
    StoreConfig config = Stores.fresh(kind, dir);
    try (EventStore store = EventStore.open(config, CLOCK)) {
      store.add(article("000.txt", body(MEETING_JAN), "2025-01-31"),
          List.of(report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN)));
    }
    try (EventStore store = EventStore.open(config, CLOCK)) {
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 0, 1, 1));
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      StoredEvent e = store.events(EventQuery.all()).get(0);
      assertThat(e.event().source()).isEqualTo(IRAN);
      assertThat(e.event().location().geonamesId()).isEqualTo(524901L);
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void open_newerSchema_refusedUntouched(Stores.Kind kind) throws Exception {
    StoreConfig config = Stores.fresh(kind, dir);
    try (EventStore store = EventStore.open(config, CLOCK)) {
      store.add(article("000.txt", body(MEETING_JAN), "2025-01-31"), List.of());
    }
    try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
      s.execute("INSERT INTO attache_schema (version, name, applied_at) VALUES (99, 'V99__future.sql', 'later')");
    }
    assertThatThrownBy(() -> EventStore.open(config, CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.VERSION));
    try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT COUNT(*) FROM documents")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void reconnect_connectionsKilledByTheServer_writesAgainAfterwards() throws Exception {
    StoreConfig config = Stores.fresh(Stores.Kind.POSTGRES, dir);
    try (EventStore store = EventStore.open(config, CLOCK)) {
      store.add(article("000.txt", body(MEETING_JAN), "2025-01-31"),
          List.of(report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN)));
      // What a server restart does to the store's sessions, without restarting the shared server.
      String database = config.url().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
      try (Connection c = Stores.postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
      }
      DatedDocument next = article("001.txt", body(MEETING_MAR), "2025-03-07");
      List<Event> reports = List.of(report("e2", "001.txt", "040", IRAN, BOGDANOV, "2025-03-06", "relative", MEETING_MAR));
      assertThatThrownBy(() -> store.add(next, reports))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("lost the connection")
          .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.UNAVAILABLE));
      List<String> waits = new ArrayList<>();
      store.reconnect(Duration.ofSeconds(10), waits::add);
      store.add(next, reports);
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(2, 0, 2, 2));
      assertThat(waits).as("the server was up: no waiting").isEmpty();
    }
  }

  @Test
  void reconnect_embeddedStore_unavailableSayingSo() throws Exception {
    try (EventStore store = open(Stores.Kind.DUCKDB)) {
      assertThatThrownBy(() -> store.reconnect(Duration.ofSeconds(1), m -> { }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is not a server");
    }
  }

  @ParameterizedTest
  @EnumSource(Stores.Kind.class)
  void add_articlesWithSeveralReports_mentionsNumberedWithoutRepeats(Stores.Kind kind) throws Exception {
    StoreConfig config = Stores.fresh(kind, dir);
    try (EventStore store = EventStore.open(config, CLOCK)) {
      store.add(article("000.txt", body(MEETING_JAN, TREATY_2025), "2025-01-31"), List.of(
          report("e1", "000.txt", "040", IRAN, BOGDANOV, "2025-01-29", "relative", MEETING_JAN),
          report("e2", "000.txt", "057", TEHRAN, MOSCOW, "2025-01-17", "absolute", TREATY_2025)));
      store.add(article("001.txt", body(MEETING_MAR, TREATY_2024), "2025-03-07"), List.of(
          report("e1", "001.txt", "040", IRAN, BOGDANOV, "2025-03-06", "relative", MEETING_MAR),
          report("e2", "001.txt", "057", TEHRAN, MOSCOW, "2024", "absolute", TREATY_2024)));
    }
    // Arrival numbers order an event's reports: repeated ones left that order to chance.
    try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT seq) FROM mentions")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(4);
      assertThat(r.getInt(2)).as("distinct arrival numbers").isEqualTo(4);
    }
  }
}
