package org.attache.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.attache.nlp.NlpConfig.FineGrainedNer;
import org.attache.nlp.NlpConfig.ParseScope;
import org.attache.nlp.NlpConfig.StatisticalNer;

/**
 * The loaded CoreNLP models for one configuration: a tokenize, ssplit, pos, lemma, ner pipeline
 * and, when anything is to be parsed, the neural dependency parser (English UD).
 *
 * <p>Design decision: models load once per JVM and configuration ({@link #shared}), because
 * loading takes seconds and hundreds of megabytes. The parser is called directly rather than
 * through CoreNLP's {@code depparse} annotator, which builds five dependency graphs per sentence
 * where Attaché reads one (basic UD), and cannot be told to skip sentences. Immutable;
 * thread-safe: CoreNLP's pipeline and parser may be called from several threads at once.
 *
 * <p>Design decision: numeric classifiers and SUTime do not run inside CoreNLP's NER annotator,
 * on every sentence, but in {@link TimeTagger}, only on sentences with a time cue: half the
 * annotation time went to them.
 *
 * @param annotators the pipeline up to NER
 * @param times numeric classifiers and SUTime, or null when the configuration has no SUTime
 * @param parser the dependency parser, or null when nothing is parsed
 */
record Pipeline(StanfordCoreNLP annotators, TimeTagger times, DependencyParser parser) {
  private static final Map<Key, Pipeline> SHARED = new HashMap<>();

  /**
   * How many hidden-layer products the parser keeps for features outside the model's precomputed
   * table. CoreNLP's default is 5,000, while the throughput bench's 15,665 sentences have 156,708
   * distinct ones: the cache turned over constantly, and its evicted arrays were 85% of what the
   * collector promoted to the old generation in a Spark run. At 100,000 (about 90 MB) the parser
   * is a quarter faster and its output the same, since a hit returns what a miss computes.
   */
  static final int PARSER_CACHE = 100_000;

  /** What decides the loaded models: the configuration less its thread count. */
  private record Key(StatisticalNer statisticalNer, FineGrainedNer fineGrained, boolean sutime,
      boolean parses) {}

  /**
   * The pipeline for a configuration, built on first use. Callers asking for a pipeline that is
   * still loading wait for it.
   */
  static synchronized Pipeline shared(NlpConfig config) {
    Key key = new Key(config.statisticalNer(), config.fineGrained(), config.sutime(),
        config.parse() != ParseScope.NONE);
    return SHARED.computeIfAbsent(key, Pipeline::load);
  }

  private static Pipeline load(Key key) {
    StanfordCoreNLP annotators = new StanfordCoreNLP(properties(key));
    DependencyParser parser = key.parses()
        ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProperties())
        : null;
    return new Pipeline(annotators, key.sutime() ? new TimeTagger() : null, parser);
  }

  /** The dependency parser's test-time options. */
  static Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("numCached", Integer.toString(PARSER_CACHE));
    return p;
  }

  /** The CoreNLP properties for a configuration. */
  private static Properties properties(Key key) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // A blank line ends a sentence: the cleaner separates paragraphs with one, and a headline
    // or standfirst without a final stop must not run into the next paragraph.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (key.statisticalNer() == StatisticalNer.THREE_CLASS) {
      p.setProperty("ner.model", DefaultPaths.DEFAULT_NER_THREECLASS_MODEL);
    }
    // TimeTagger runs these after NER, on the sentences that need them.
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", Boolean.toString(key.fineGrained() != FineGrainedNer.NONE));
    if (key.fineGrained() == FineGrainedNer.INDEXED) {
      p.setProperty("ner.fine.regexner.mapping", IndexedGazetteer.mapping());
    }
    // Mentions are built from the tokens' tags by Mentions, more cheaply and without coreference.
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /**
   * Forgets the shared pipelines and CoreNLP's own annotator cache, so that their models can be
   * collected: for the benchmark, which loads one configuration after another.
   */
  static synchronized void releaseShared() {
    SHARED.clear();
    StanfordCoreNLP.clearAnnotatorPool();
  }

  /** A tokenize, ssplit pipeline: the benchmark's baseline. Not shared. */
  static StanfordCoreNLP tokenizerOnly() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(p);
  }
}
