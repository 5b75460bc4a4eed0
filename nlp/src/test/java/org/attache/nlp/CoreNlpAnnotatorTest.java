package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.AnnotatedDocument;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.EntityMention;
import org.attache.model.ParsedSentence;
import org.attache.model.Publication;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annotator on sentences written for these tests and on the bundled sample. The models load
 * once for the whole test JVM (the pipeline is shared per configuration), here in {@link #setUp}.
 */
class CoreNlpAnnotatorTest {
  private static final String MEETING =
      "Iran's Ambassador to Russia, Kazem Jalali, met Mikhail Bogdanov in Moscow on Wednesday.";
  private static final LocalDate FRIDAY = LocalDate.of(2025, 1, 31);

  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static AnnotatedDocument meeting;
  private static ParsedSentence meetingSentence;

  @BeforeAll
  static void setUp() {
    meeting = ANNOTATOR.annotate(dated(MEETING, FRIDAY));
    meetingSentence = meeting.sentences().get(0);
  }

  @Test
  void annotate_meetingSentence_tokensWithLemmasAndTags() {
    assertThat(meeting.sentences()).hasSize(1);
    assertThat(meetingSentence.tokens()).extracting(Token::word).containsExactly("Iran", "'s",
        "Ambassador", "to", "Russia", ",", "Kazem", "Jalali", ",", "met", "Mikhail", "Bogdanov", "in",
        "Moscow", "on", "Wednesday", ".");
    Token met = word("met");
    assertThat(met.lemma()).isEqualTo("meet");
    assertThat(met.xpos()).isEqualTo("VBD");
    assertThat(met.upos()).isEqualTo("VERB");
    assertThat(word("Moscow").upos()).isEqualTo("PROPN");
    assertThat(word("in").upos()).isEqualTo("ADP");
  }

  @Test
  void annotate_meetingSentence_basicUniversalDependencies() {
    assertThat(meetingSentence.isParsed()).isTrue();
    assertArc("met", "root", null);
    assertArc("Ambassador", "nsubj", "met");
    assertArc("Jalali", "appos", "Ambassador");
    assertArc("Iran", "nmod:poss", "Ambassador");
    assertArc("Russia", "nmod", "Ambassador");
    assertArc("Bogdanov", "obj", "met");
    assertArc("Mikhail", "compound", "Bogdanov");
    assertArc("Moscow", "obl", "met");
    assertArc("Wednesday", "obl", "met");
  }

  @Test
  void annotate_meetingSentence_fineGrainedEntityTypes() {
    assertThat(meeting.entities())
        .extracting(EntityMention::text, EntityMention::type)
        .contains(tuple("Iran", "COUNTRY"),
            tuple("Ambassador", "TITLE"),
            tuple("Russia", "COUNTRY"),
            tuple("Kazem Jalali", "PERSON"),
            tuple("Mikhail Bogdanov", "PERSON"),
            tuple("Moscow", "CITY"));
    EntityMention jalali = mention(meeting, "Kazem Jalali");
    assertThat(jalali.firstToken()).isEqualTo(7);
    assertThat(jalali.lastToken()).isEqualTo(8);
    assertThat(word("Moscow").ner()).isEqualTo("CITY");
  }

  @Test
  void annotate_knownPublicationDate_resolvesWeekdayAgainstIt() {
    assertThat(meeting.times()).hasSize(1);
    TimeExpression wednesday = meeting.times().get(0);
    assertThat(wednesday.text()).isEqualTo("Wednesday");
    assertThat(wednesday.type()).isEqualTo("DATE");
    assertThat(wednesday.value()).isEqualTo("2025-01-29");
    assertThat(wednesday.firstToken()).isEqualTo(16);
    assertThat(MEETING.substring(wednesday.begin(), wednesday.end())).isEqualTo("Wednesday");
  }

  @Test
  void annotate_unknownPublicationDate_leavesWeekdayUnresolved() {
    AnnotatedDocument undated = ANNOTATOR.annotate(dated(MEETING, null));
    assertThat(undated.times()).extracting(TimeExpression::value).containsExactly("XXXX-WXX-3");
  }

  @Test
  void annotate_nationalityAndTitle_keepsFineTypes() {
    AnnotatedDocument doc = ANNOTATOR.annotate(dated(
        "The Russian President said talks with U.S. officials would resume next month.", FRIDAY));
    assertThat(mention(doc, "Russian").type()).isEqualTo("NATIONALITY");
    assertThat(mention(doc, "President").type()).isEqualTo("TITLE");
    assertThat(mention(doc, "U.S.").type()).isEqualTo("COUNTRY");
    assertThat(doc.times()).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("next month", "2025-02"));
  }

  @Test
  void annotate_eventSentencesOnly_skipsSentenceWithoutActor() {
    CoreNlpAnnotator events = new CoreNlpAnnotator(
        NlpConfig.builder().parse(NlpConfig.ParseScope.EVENT_SENTENCES).build());
    AnnotatedDocument doc = events.annotate(dated(
        "Talks in Beijing.\n\nIt rained all day and nobody came.", FRIDAY));
    assertThat(doc.sentences()).extracting(ParsedSentence::isParsed).containsExactly(true, false);
    Token rained = doc.sentences().get(1).token(2);
    assertThat(rained.head()).isEqualTo(-1);
    assertThat(rained.deprel()).isEqualTo("_");
    assertThat(rained.upos()).isEqualTo("VERB");
    assertThat(rained.lemma()).isEqualTo("rain");
  }

  @Test
  void annotate_parseFilter_parsesOnlyAcceptedSentences() {
    CoreNlpAnnotator filtered = new CoreNlpAnnotator(NlpConfig.DEFAULTS,
        (words, lemmas) -> lemmas.contains("meet"));
    AnnotatedDocument doc = filtered.annotate(dated(MEETING + " The weather in Moscow was mild.", FRIDAY));
    assertThat(doc.sentences()).extracting(ParsedSentence::isParsed).containsExactly(true, false);
    assertThat(doc.sentences().get(1).token(4).word()).isEqualTo("Moscow");
    assertThat(doc.sentences().get(1).token(4).ner()).isEqualTo("CITY");
  }

  @Test
  void annotate_timeCues_expressionsFoundInTheirSentences() {
    AnnotatedDocument doc = ANNOTATOR.annotate(dated("Lavrov spoke on 12 March.\n\n"
        + "The ministers met in May.\n\nThey may meet again.\n\nThe talks were held yesterday.\n\n"
        + "A year-long truce ended.\n\nPutin met Xi.", FRIDAY));
    assertThat(doc.times()).extracting(TimeExpression::sentence, TimeExpression::text)
        .containsExactly(tuple(0, "12 March"), tuple(1, "May"), tuple(3, "yesterday"),
            tuple(4, "A year"));
    assertThat(doc.times().get(2).value()).isEqualTo("2025-01-30");
  }

  @Test
  void annotate_timeFarFromTheSentencesOtherCue_stillFound() {
    // SUTime reads only the stretches near cues: "at the time" is twelve tokens after "soon".
    AnnotatedDocument doc = ANNOTATOR.annotate(dated("The activists said the troops had opened fire as soon as "
        + "they boarded the vessel, which was in international waters at the time.", FRIDAY));
    assertThat(doc.times()).extracting(TimeExpression::text, TimeExpression::value)
        .contains(tuple("time", "PAST_REF"));
  }

  @Test
  void annotate_sentenceWithoutTimeCue_hasNoNumericTags() {
    AnnotatedDocument doc = ANNOTATOR.annotate(dated("Putin met Xi and two envoys.", FRIDAY));
    assertThat(doc.times()).isEmpty();
    assertThat(doc.entities()).extracting(EntityMention::type).doesNotContain("NUMBER");
  }

  @Test
  void annotate_sentenceLongerThanMaximum_isNotParsed() {
    CoreNlpAnnotator shortOnly = new CoreNlpAnnotator(NlpConfig.builder().maxParseLength(10).build());
    AnnotatedDocument doc = shortOnly.annotate(dated(MEETING + " Putin met Xi.", FRIDAY));
    assertThat(doc.sentences()).extracting(ParsedSentence::isParsed).containsExactly(false, true);
  }

  @Test
  void annotate_paragraphs_offsetsIndexTheDocumentText() {
    String text = "Iran's foreign minister said on Monday: \"We cannot accept (any) sanctions.\"\n\n"
        + "The U.S. State Department — in Washington — declined to comment.  Beijing's envoy left.";
    AnnotatedDocument doc = ANNOTATOR.annotate(dated(text, FRIDAY));
    assertThat(doc.sentences()).hasSize(3);
    assertConsistentOffsets(doc);
  }

  @Test
  void annotate_bundledSample_offsetsConsistentEverywhere() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
    List<String> diagnostics = new ArrayList<>();
    List<DatedDocument> sample = new BenchmarkCorpus(clock, d -> diagnostics.add(d.toString())).sample();
    assertThat(sample).hasSizeGreaterThan(10);
    for (DatedDocument d : sample) {
      AnnotatedDocument doc = ANNOTATOR.annotate(d);
      assertThat(doc.sentences()).isNotEmpty();
      assertConsistentOffsets(doc);
    }
  }

  @Test
  void annotate_defaults_parseEverySentence() {
    AnnotatedDocument doc = ANNOTATOR.annotate(dated("It rained all day and nobody came.", FRIDAY));
    assertThat(doc.sentences().get(0).isParsed()).isTrue();
    assertThat(doc.sentences().get(0).token(2).deprel()).isEqualTo("root");
  }

  @Test
  void annotate_emptyText_givesNoSentences() {
    AnnotatedDocument doc = ANNOTATOR.annotate(dated("", FRIDAY));
    assertThat(doc.sentences()).isEmpty();
    assertThat(doc.entities()).isEmpty();
  }

  @Test
  void annotateAll_twoThreads_sameAsOneByOneInOrder() {
    List<DatedDocument> docs = List.of(dated(MEETING, FRIDAY), dated("Putin met Xi in Beijing.", FRIDAY),
        dated("Turkey's president visited Damascus on Sunday.", FRIDAY));
    CoreNlpAnnotator two = new CoreNlpAnnotator(NlpConfig.builder().threads(2).build());
    List<AnnotatedDocument> parallel = two.annotateAll(docs);
    assertThat(parallel).containsExactlyElementsOf(docs.stream().map(ANNOTATOR::annotate).toList());
  }

  private static void assertConsistentOffsets(AnnotatedDocument doc) {
    String text = doc.document().document().text();
    for (ParsedSentence s : doc.sentences()) {
      assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.begin(), t.end())).as("token %s", t).isEqualTo(t.word());
        assertThat(t.begin()).isBetween(s.begin(), s.end());
        if (s.isParsed()) {
          assertThat(t.head()).as("head of %s", t).isBetween(0, s.tokens().size());
        }
      }
    }
    for (EntityMention m : doc.entities()) {
      assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
    for (TimeExpression t : doc.times()) {
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
  }

  private static void assertArc(String dependent, String relation, String head) {
    Token t = word(dependent);
    assertThat(t.deprel()).as("relation of %s", dependent).isEqualTo(relation);
    int expectedHead = head == null ? 0 : word(head).index();
    assertThat(t.head()).as("head of %s", dependent).isEqualTo(expectedHead);
  }

  private static Token word(String word) {
    return meetingSentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + meetingSentence.text()));
  }

  private static EntityMention mention(AnnotatedDocument doc, String text) {
    return doc.entities().stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + doc.entities()));
  }

  static DatedDocument dated(String text, LocalDate published) {
    Document doc = new Document("test", "test", null, text, List.of(), "en", null, null, List.of());
    Publication publication = published == null ? Publication.UNKNOWN
        : Publication.on(published, Basis.HEADER, "test");
    return new DatedDocument(doc, publication);
  }

  @org.junit.jupiter.api.Test
  void annotate_paragraphWithoutFinalStop_isItsOwnSentence() {
    String text = "The countries are looking to boost their partnership\n\nMoscow and Tehran are working on a treaty.";
    org.attache.model.Document doc = new org.attache.model.Document("p.txt", "p.txt", null, text, java.util.List.of(),
        "en", null, null, java.util.List.of());
    var annotated = new CoreNlpAnnotator().annotate(
        new org.attache.model.DatedDocument(doc, org.attache.model.Publication.UNKNOWN));
    org.assertj.core.api.Assertions.assertThat(annotated.sentences()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(annotated.sentences().get(1).text()).startsWith("Moscow and Tehran");
  }
}
