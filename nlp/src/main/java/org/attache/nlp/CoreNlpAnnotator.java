package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.annotate.Annotator;
import org.attache.annotate.ParseFilter;
import org.attache.model.AnnotatedDocument;
import org.attache.model.DatedDocument;
import org.attache.model.EntityMention;
import org.attache.model.ParsedSentence;
import org.attache.model.TimeExpression;
import org.attache.nlp.NlpConfig.ParseScope;

/**
 * Annotates documents with Stanford CoreNLP: sentences, tokens with lemmas, Penn and universal
 * tags, fine-grained NER and, on the sentences the configuration chooses, basic UD dependencies;
 * entity mentions; SUTime expressions resolved against the publication date when the day is
 * known. Offsets index the document's {@code text()}.
 *
 * <p>The models load on the first call and are shared by every annotator with the same models in
 * the JVM: with the defaults loading takes about 10 seconds and holds about 940 MiB of heap, and
 * the parser's cache grows by up to 90 MB more. Annotation runs at its measured speed with 4 GB
 * (at 2 GB the collector costs a third of it; see {@link AnnotationBenchmark}). Immutable and
 * thread-safe: one instance may annotate from many threads at once (CoreNLP's pipeline and parser
 * allow it), and {@link #annotateAll} does so with the configured number of threads. An
 * exception from CoreNLP on one document propagates to the caller, which reports it and goes on
 * with the next.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final NlpConfig config;
  private final ParseFilter parseFilter;
  private volatile Pipeline pipeline;

  /** An annotator with {@link NlpConfig#DEFAULTS} that parses every sentence. */
  public CoreNlpAnnotator() {
    this(NlpConfig.DEFAULTS);
  }

  /** An annotator that parses every sentence the configuration allows. */
  public CoreNlpAnnotator(NlpConfig config) {
    this(config, ParseFilter.ALL);
  }

  /**
   * An annotator that parses only the sentences the configuration allows and the filter
   * accepts; the others keep their tags and entities, with head -1.
   */
  public CoreNlpAnnotator(NlpConfig config, ParseFilter parseFilter) {
    this.config = Objects.requireNonNull(config, "config");
    this.parseFilter = Objects.requireNonNull(parseFilter, "parseFilter");
  }

  public NlpConfig config() {
    return config;
  }

  @Override
  public AnnotatedDocument annotate(DatedDocument document) {
    Objects.requireNonNull(document, "document");
    String text = document.document().text();
    Annotation annotation = new Annotation(text);
    LocalDate published = document.publication().published();
    if (published != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    Pipeline p = pipeline();
    p.annotators().annotate(annotation);
    if (p.times() != null) {
      p.times().tag(annotation);
    }
    return convert(document, annotation, text, p);
  }

  /**
   * Annotates documents with {@code config().threads()} threads, returning them in order. The
   * first exception thrown on any document is rethrown.
   */
  public List<AnnotatedDocument> annotateAll(List<DatedDocument> documents) {
    if (config.threads() == 1 || documents.size() < 2) {
      return documents.stream().map(this::annotate).toList();
    }
    pipeline();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), documents.size()));
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (DatedDocument d : documents) {
        futures.add(pool.submit(() -> annotate(d)));
      }
      List<AnnotatedDocument> out = new ArrayList<>();
      for (Future<AnnotatedDocument> f : futures) {
        out.add(await(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static AnnotatedDocument await(Future<AnnotatedDocument> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    }
  }

  private Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      p = Pipeline.shared(config);
      pipeline = p;
    }
    return p;
  }

  private AnnotatedDocument convert(DatedDocument document, Annotation annotation, String text,
      Pipeline p) {
    List<ParsedSentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap s = coreSentences.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      boolean parse = shouldParse(tokens);
      if (parse) {
        FiniteVerbs.repair(tokens); // "Hamas delays the release": a verb, not a plural noun
      }
      Sentences.Arcs arcs = parse ? Sentences.parse(p.parser(), s) : null;
      sentences.add(Sentences.convert(i, s, text, arcs));
      Mentions.entities(i, tokens, text, entities);
      Mentions.times(i, tokens, text, times);
    }
    return new AnnotatedDocument(document, sentences, entities, times);
  }

  private boolean shouldParse(List<CoreLabel> tokens) {
    if (config.parse() == ParseScope.NONE || tokens.size() > config.maxParseLength()) {
      return false;
    }
    if (config.parse() == ParseScope.EVENT_SENTENCES && !EventSentences.canHoldEvent(tokens)) {
      return false;
    }
    if (parseFilter == ParseFilter.ALL) {
      return true;
    }
    List<String> words = new ArrayList<>(tokens.size());
    List<String> lemmas = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      words.add(t.word());
      lemmas.add(t.lemma());
    }
    return parseFilter.needsParse(words, lemmas);
  }
}
