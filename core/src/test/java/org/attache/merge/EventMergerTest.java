package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.StoredEvent;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private static final ActorRef JALALI = new ActorRef("Kazem Jalali", "Kazem Jalali", "IRNGOVDIP", "IRN");
  private static final ActorRef BOGDANOV = new ActorRef("Mikhail Bogdanov", "Mikhail Bogdanov", "RUSGOV", "RUS");
  private static final ActorRef RYABKOV = new ActorRef("Sergey Ryabkov", "Sergey Ryabkov", "RUSGOV", "RUS");
  private final EventMerger merger = new EventMerger();

  private static Event e(String doc, String code, ActorRef s, ActorRef t, String date, String basis, String sentence) {
    return new Event(doc + code + date, doc, code, 1, 1, null, s, t, date, basis, null, sentence, 0, sentence.length(), 0.8, null);
  }

  @Test
  void key_countriesAndRoot() {
    assertThat(EventMerger.key(e("a", "042", JALALI, BOGDANOV, null, null, "x"))).isEqualTo("IRN>RUS:04");
    assertThat(EventMerger.key(e("a", "010", JALALI, null, null, null, "x"))).isEqualTo("IRN>-:01");
  }

  @Test
  void compare_sameDayMeeting_same() {
    Event a = e("a", "040", JALALI, BOGDANOV, "2025-01-29", "relative", "Jalali met Bogdanov in Moscow.");
    Event b = e("b", "042", JALALI, BOGDANOV, "2025-01-29", "explicit", "The envoy received the ambassador.");
    assertThat(merger.compare(a, b)).isEqualTo(EventMerger.Verdict.SAME);
  }

  @Test
  void compare_meetingsOnDifferentDays_differentEvenWithSameWords() {
    Event a = e("a", "040", JALALI, BOGDANOV, "2025-01-29", "relative", "Jalali met Bogdanov in Moscow to discuss Syria.");
    Event b = e("b", "040", JALALI, BOGDANOV, "2025-03-06", "relative", "Jalali met Bogdanov in Moscow to discuss Syria.");
    assertThat(merger.compare(a, b)).isEqualTo(EventMerger.Verdict.DIFFERENT);
  }

  @Test
  void compare_differentPeopleSameDay_different() {
    Event a = e("a", "040", JALALI, BOGDANOV, "2025-03-06", "relative", "Jalali met Bogdanov.");
    Event b = e("b", "040", JALALI, RYABKOV, "2025-03-06", "relative", "Jalali met Ryabkov.");
    assertThat(merger.compare(a, b)).isEqualTo(EventMerger.Verdict.DIFFERENT);
  }

  @Test
  void namesDiffer_surnameAndBodiesAreCompatible() {
    ActorRef surname = new ActorRef("Jalali", "Jalali", "IRNGOV", "IRN");
    ActorRef ministry = new ActorRef("the Foreign Ministry", "Foreign Ministry", "IRNGOV", "IRN");
    assertThat(EventMerger.namesDiffer(JALALI, surname)).isFalse();
    assertThat(EventMerger.namesDiffer(JALALI, ministry)).isFalse();
    assertThat(EventMerger.namesDiffer(BOGDANOV, RYABKOV)).isTrue();
  }

  @Test
  void compare_treatySignedOnTwoDates_sameWithConflict() {
    Event a = e("a", "057", JALALI, BOGDANOV, "2025-01-17", "relative",
        "A new Comprehensive Strategic Partnership Treaty, signed on January 17.");
    Event b = e("b", "057", JALALI, BOGDANOV, "2024", "explicit", "A 20-year strategic agreement signed in 2024.");
    Event unrelated = e("c", "057", JALALI, BOGDANOV, "2024", "explicit", "A gas supply deal signed in 2024.");
    assertThat(merger.compare(a, b)).isEqualTo(EventMerger.Verdict.SAME_WITH_CONFLICT);
    assertThat(merger.compare(a, unrelated)).isEqualTo(EventMerger.Verdict.DIFFERENT);
  }

  @Test
  void groupWithinDocument_publicationDatedFollowUpJoinsTheDatedMeeting() {
    Event met = e("a", "040", JALALI, BOGDANOV, "2025-01-29", "relative", "Jalali met Bogdanov on Wednesday.");
    Event during = e("a", "040", JALALI, BOGDANOV, "2025-01-31", "publication", "During the meeting they agreed.");
    Event statement = e("a", "010", JALALI, BOGDANOV, "2025-01-31", "publication", "Jalali said.");
    assertThat(merger.groupWithinDocument(List.of(met, during, statement))).containsExactly(List.of(met, during), List.of(statement));
  }

  @Test
  void combine_textDatedAndPreciseWins_conflictNoted_idIsFirstReports() {
    Event b = e("b.txt", "057", JALALI, BOGDANOV, "2024", "explicit", "signed in 2024");
    Event a = e("a.txt", "057", JALALI, BOGDANOV, "2025-01-17", "relative", "signed on January 17");
    StoredEvent s = EventMerger.combine(List.of(b, a));
    assertThat(s.event().id()).isEqualTo(b.id());
    assertThat(s.event().date()).isEqualTo("2025-01-17");
    assertThat(s.sources()).isEqualTo(2);
    assertThat(s.conflicts()).containsExactly("date: 2024 (b.txt) vs 2025-01-17 (a.txt)");
  }

  @Test
  void dateSpan_publicationBasisIsTheWeekBefore() {
    DateSpan p = DateSpan.of("2025-01-31", "publication");
    assertThat(p.first()).hasToString("2025-01-24");
    assertThat(p.strong()).isFalse();
    assertThat(DateSpan.of("2025-02", "relative").days()).isEqualTo(28);
    assertThat(DateSpan.of("not a date", "explicit")).isNull();
  }
}
