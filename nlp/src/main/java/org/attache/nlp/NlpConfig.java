package org.attache.nlp;

import java.util.Objects;

/**
 * What {@link CoreNlpAnnotator} runs and on which sentences. Immutable; build one with {@link
 * #builder()}, which holds the defaults.
 *
 * <p>Design decision: the defaults are the cheapest settings measured to keep what event coding
 * needs ({@link AnnotationBenchmark} {@code --mode compare}, 1 thread): the 3-class statistical
 * model; the fine-grained gazetteer in its {@link FineGrainedNer#INDEXED indexed} form, which
 * gives the same COUNTRY, CITY, NATIONALITY and TITLE tags as CoreNLP's default NER at almost no
 * cost (2,500 tokens/s in all against 1,040 for the default NER); SUTime, about 40% of the time
 * but event dates need it (since then run only on sentences with a time cue, see {@link
 * TimeTagger}); and the dependency parser on every sentence (callers that code events narrow
 * it with a {@link org.attache.annotate.ParseFilter}). Parsing only {@link
 * ParseScope#EVENT_SENTENCES} (72% of the tokens, the short ones left out) saved between 1% and
 * 14% of the time over three runs, and would skip sentences whose actors are pronouns or common
 * nouns ("Police arrested protesters"), so it is an option, not the default.
 *
 * @param statisticalNer which statistical NER models run
 * @param fineGrained which rules refine LOCATION, MISC and O into fine types
 * @param sutime whether the numeric classifiers and SUTime run (DATE, TIME, DURATION, SET,
 *     NUMBER, MONEY ... and the TIMEX3 values of time expressions)
 * @param parse which sentences get a dependency parse
 * @param maxParseLength sentences with more tokens than this are not parsed (lists and tables
 *     that slipped through cleaning); at least 1
 * @param threads how many documents {@link CoreNlpAnnotator#annotateAll} annotates at once; at
 *     least 1
 */
public record NlpConfig(
    StatisticalNer statisticalNer,
    FineGrainedNer fineGrained,
    boolean sutime,
    ParseScope parse,
    int maxParseLength,
    int threads) {

  /** The defaults: {@code builder().build()}. */
  public static final NlpConfig DEFAULTS = builder().build();

  public NlpConfig {
    Objects.requireNonNull(statisticalNer, "statisticalNer");
    Objects.requireNonNull(fineGrained, "fineGrained");
    Objects.requireNonNull(parse, "parse");
    if (maxParseLength < 1) {
      throw new IllegalArgumentException("maxParseLength must be at least 1, was " + maxParseLength);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  /** The statistical (CRF) NER models. */
  public enum StatisticalNer {
    /** PERSON, LOCATION, ORGANIZATION: one CRF ({@code english.all.3class}). */
    THREE_CLASS,
    /** CoreNLP's default: the 3-class, 7-class (MUC) and 4-class (CoNLL, adds MISC) CRFs. */
    ALL_MODELS
  }

  /** The rules that give fine types (COUNTRY, CITY, NATIONALITY, TITLE, STATE_OR_PROVINCE ...). */
  public enum FineGrainedNer {
    /** None: only the statistical types. */
    NONE,
    /**
     * CoreNLP's KBP gazetteers with every entry rewritten so that TokensRegex can index it by a
     * literal token; the dozens of true regular expressions (URL, EMAIL, HANDLE and a few
     * abbreviations) are dropped. Same tags as {@link #STOCK} otherwise.
     */
    INDEXED,
    /** CoreNLP's stock {@code ner.applyFineGrained} rules, about 1,100 tried on every sentence. */
    STOCK
  }

  /** Which sentences get a dependency parse. */
  public enum ParseScope {
    /** None: every token has head -1 and relation "_". */
    NONE,
    /** Sentences with a verb or an event noun and at least one named entity. */
    EVENT_SENTENCES,
    /** Every sentence up to {@code maxParseLength} tokens. */
    ALL
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .statisticalNer(statisticalNer)
        .fineGrained(fineGrained)
        .sutime(sutime)
        .parse(parse)
        .maxParseLength(maxParseLength)
        .threads(threads);
  }

  /** Holds the defaults; mutable, not thread-safe. */
  public static final class Builder {
    private StatisticalNer statisticalNer = StatisticalNer.THREE_CLASS;
    private FineGrainedNer fineGrained = FineGrainedNer.INDEXED;
    private boolean sutime = true;
    private ParseScope parse = ParseScope.ALL;
    private int maxParseLength = 100;
    private int threads = 1;

    private Builder() {}

    public Builder statisticalNer(StatisticalNer value) {
      this.statisticalNer = value;
      return this;
    }

    public Builder fineGrained(FineGrainedNer value) {
      this.fineGrained = value;
      return this;
    }

    public Builder sutime(boolean value) {
      this.sutime = value;
      return this;
    }

    public Builder parse(ParseScope value) {
      this.parse = value;
      return this;
    }

    public Builder maxParseLength(int value) {
      this.maxParseLength = value;
      return this;
    }

    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    public NlpConfig build() {
      return new NlpConfig(statisticalNer, fineGrained, sutime, parse, maxParseLength, threads);
    }
  }
}
