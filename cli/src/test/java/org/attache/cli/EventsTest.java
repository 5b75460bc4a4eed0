package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.testing.SharedData;
import org.attache.sample.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --emit events} end to end, with the real language models (loaded once for this
 * test JVM): the contract's fields, and the seeds' events.
 */
class EventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> events(MainTest.Run run) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.lines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void extractEvents_writesTheContractFieldsInOrder() throws IOException {
    Files.writeString(dir.resolve("a.txt"),
        " date 2025-01-31 TEHRAN – Iran's Ambassador to Russia met Russian President Vladimir Putin in Moscow on Wednesday.");
    MainTest.Run run = MainTest.run("extract", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> events = events(run);
    assertThat(events).isNotEmpty();
    JsonNode e = events.get(0);
    List<String> fields = new ArrayList<>();
    e.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "doc", "code", "quad_class", "goldstein", "plover", "source", "target",
        "date", "date_basis", "location", "sentence", "span", "confidence", "trigger");
    List<String> actorFields = new ArrayList<>();
    e.get("source").fieldNames().forEachRemaining(actorFields::add);
    assertThat(actorFields).containsExactly("text", "name", "code", "country");
    assertThat(e.get("code").asText()).isEqualTo("040");
    assertThat(e.get("plover").asText()).isEqualTo("CONSULT");
    assertThat(e.get("date").asText()).isEqualTo("2025-01-29");
    assertThat(e.get("date_basis").asText()).isEqualTo("relative");
    String text = "Iran's Ambassador to Russia met Russian President Vladimir Putin in Moscow on Wednesday.";
    assertThat(text.substring(e.get("span").get(0).asInt(), e.get("span").get(1).asInt())).isEqualTo(e.get("sentence").asText());
    Set<String> countries = new HashSet<>();
    events.forEach(x -> {
      countries.add(x.get("source").get("country").asText());
      if (!x.get("target").isNull()) {
        countries.add(x.get("target").get("country").asText());
      }
    });
    assertThat(countries).contains("IRN", "RUS");
    assertThat(MainTest.run("extract", dir.toString()).out()).as("the same input gives the same ids").isEqualTo(run.out());
  }

  @Test
  void extractEvents_onTwoThreads_writesExactlyWhatOneThreadWrites() throws IOException {
    for (Sample.File f : Sample.files()) {
      Files.write(dir.resolve(Path.of(f.name()).getFileName().toString()), f.bytes());
    }
    MainTest.Run one = MainTest.run("extract", "--threads", "1", dir.toString());
    MainTest.Run two = MainTest.run("extract", "--threads", "2", dir.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(two.code()).as(two.err()).isZero();
    assertThat(one.lines()).hasSizeGreaterThan(50);
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(MainTest.run("extract", "--threads", "0", dir.toString()).err()).contains("--threads must be at least 1");
  }

  @Test
  void extractEvents_seeds_findMeetingsSigningStrikeAndCondemnation() throws IOException {
    Path seeds = SharedData.require("seeds");
    MainTest.Run run = MainTest.run("extract", seeds.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> events = events(run);
    assertThat(has(events, "000_", "040", "IRN", "RUS")).as("the Jalali-Bogdanov meeting").isTrue();
    assertThat(has(events, "000_", "057", "IRN", "RUS")).as("the treaty signing").isTrue();
    assertThat(has(events, "001_", "040", "IRN", "RUS")).as("Jalali met Bogdanov").isTrue();
    assertThat(has(events, "004_", "190", "ISR", "IRN")).as("the strike on the mission in Damascus").isTrue();
    assertThat(events).filteredOn(e -> e.get("doc").asText().startsWith("004_") && e.get("code").asText().equals("190")
        && !e.get("location").isNull()).extracting(e -> e.get("location").get("name").asText()).contains("Damascus");
    assertThat(events).filteredOn(e -> e.get("doc").asText().startsWith("000_") && e.get("code").asText().equals("057"))
        .extracting(e -> e.get("date").asText()).containsOnly("2025-01-17");
    assertThat(events).filteredOn(e -> e.get("doc").asText().startsWith("000_") && e.get("code").asText().equals("040")
        && e.get("sentence").asText().startsWith("In a high-level meeting"))
        .extracting(e -> e.get("date").asText()).as("'The discussions took place on Wednesday'").containsOnly("2025-01-29");
    assertThat(events).filteredOn(e -> e.get("doc").asText().startsWith("004_") && e.get("code").asText().equals("040")
        && e.get("sentence").asText().contains("December 2023"))
        .extracting(e -> e.get("date").asText()).isNotEmpty().containsOnly("2023-12");
    assertThat(has(events, "004_", "111", "RUS", null)).as("Russia's Foreign Ministry condemned the airstrike").isTrue();
    assertThat(events).as("'the Iranian ambassador' is the Iranian named before: Jalali")
        .anyMatch(e -> !e.get("target").isNull() && e.get("target").get("text").asText().contains("the Iranian ambassador")
            && e.get("target").get("name").asText().contains("Jalali"));
    assertThat(events).as("'The Iranian foreign minister' of 2021-2024 is Amir-Abdollahian")
        .anyMatch(e -> e.get("source").get("text").asText().equals("The Iranian foreign minister")
            && e.get("source").get("name").asText().equals("Hossein Amir-Abdollahian"));
    Set<String> countries = new HashSet<>();
    for (JsonNode e : events) {
      countries.add(e.get("source").get("country").asText());
      if (!e.get("target").isNull()) {
        countries.add(e.get("target").get("country").asText());
      }
      assertThat(e.get("sentence").asText()).doesNotContain("Zelensky", "Larijani", "Air pollution", "teenagers");
    }
    assertThat(countries).contains("IRN", "RUS", "ISR", "SYR");
  }

  @Test
  void extractEvents_sidesAndDayTheSentenceLeavesOut_comeFromTheArticle() throws IOException {
    // The arrest names neither the police's state nor a day: the article's home country and the
    // day the sentence before told give them.
    List<JsonNode> events = extractArticle("attack.txt", " date 2025-03-07 WELLINGTON – On Thursday, a gunman attacked a mosque in"
        + " Christchurch, New Zealand, killing four worshippers. Police arrested the gunman near the mosque."
        + " New Zealand's prime minister condemned the attack in Wellington.");
    assertThat(events).as(events.toString()).anySatisfy(e -> {
      assertThat(e.get("code").asText()).startsWith("17");
      assertThat(e.get("source").get("country").asText()).isEqualTo("NZL");
      assertThat(e.get("date").asText()).isEqualTo("2025-03-06");
      assertThat(e.get("date_basis").asText()).isEqualTo("inferred");
    });
    assertThat(events).as(events.toString()).anySatisfy(e -> {
      assertThat(e.get("code").asText()).startsWith("1");
      assertThat(e.get("target").get("country").asText()).isEqualTo("NZL");
      assertThat(e.get("date").asText()).isEqualTo("2025-03-06");
    });
  }

  @Test
  void extractEvents_victimPlacedByASharedNationalityWord_theBetterKnownState() throws IOException {
    // "Indian" is India's and the British Indian Ocean Territory's word: always India, run after run.
    List<JsonNode> events = extractArticle("pilgrims.txt", " date 2025-04-23 SRINAGAR – Gunmen killed four Indian pilgrims on Tuesday.");
    assertThat(events).as(events.toString()).anySatisfy(e -> assertThat(e.get("target").get("country").asText()).isEqualTo("IND"))
        .noneMatch(e -> !e.get("target").isNull() && "IOT".equals(e.get("target").get("country").asText()));
  }

  @Test
  void extractEvents_actorCodedWithoutAState_placedByItsOwnWords() throws IOException {
    // Islamic Jihad is coded as a regional group; "Palestinian" places these militants.
    List<JsonNode> events = extractArticle("raid.txt", " date 2025-09-25 JENIN – Israeli soldiers shot two Palestinian Islamic Jihad"
        + " militants in Tammun on Wednesday.");
    assertThat(events).as(events.toString()).anySatisfy(e -> {
      assertThat(e.get("source").get("country").asText()).isEqualTo("ISR");
      assertThat(e.get("target").get("country").asText()).isEqualTo("PSE");
    });
  }

  @Test
  void extractEvents_victimsPlacedByTheCountryNamedWithTheirCity() throws IOException {
    // Tripoli alone is Libya's capital (and stands for its government); "Tripoli, Lebanon" is in Lebanon.
    List<JsonNode> events = extractArticle("tripoli.txt", " date 2025-07-08 BEIRUT – Israeli jets bombed Tripoli, Lebanon, on Tuesday.");
    assertThat(events).as(events.toString()).anySatisfy(e -> {
      assertThat(e.get("source").get("country").asText()).isEqualTo("ISR");
      assertThat(e.get("target").get("country").asText()).isEqualTo("LBN");
    }).noneMatch(e -> !e.get("target").isNull() && "LBY".equals(e.get("target").get("country").asText()));
  }

  @Test
  void extractEvents_stateSpeakingOfItselfAndTimesOfOtherNouns_leftOut() throws IOException {
    List<JsonNode> events = extractArticle("self.txt", " date 2025-04-27 PARIS – The French defence minister said on Sunday that"
        + " France will send more aid to Ukraine. Israel carried out airstrikes on Beirut, Lebanon, despite the truce"
        + " that ended the 2024 invasion.");
    assertThat(events).as(events.toString()).noneMatch(e -> !e.get("target").isNull()
        && e.get("source").get("country").asText().equals("FRA") && e.get("target").get("country").asText().equals("FRA"));
    assertThat(events).as(events.toString()).anySatisfy(e -> {
      assertThat(e.get("source").get("country").asText()).isEqualTo("ISR");
      assertThat(e.get("date").asText()).isNotEqualTo("2024");
    });
  }

  /** The events {@code extract} finds in one article of the given text. */
  private List<JsonNode> extractArticle(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    MainTest.Run run = MainTest.run("extract", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return events(run);
  }

  private static boolean has(List<JsonNode> events, String doc, String code, String source, String target) {
    for (JsonNode e : events) {
      boolean t = target == null || (!e.get("target").isNull() && target.equals(e.get("target").get("country").asText()));
      if (e.get("doc").asText().startsWith(doc) && e.get("code").asText().equals(code)
          && source.equals(e.get("source").get("country").asText()) && t) {
        return true;
      }
    }
    return false;
  }
}
