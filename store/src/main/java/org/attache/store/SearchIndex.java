package org.attache.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.StoredEvent;

/**
 * Full-text search over stored documents and events, kept by Lucene in one folder.
 *
 * <p>Changes ({@link #index}, {@link #delete}, {@link #clear}) become visible to {@link #search}
 * and {@link #count} and durable only at {@link #commit} (or {@link #close}, which commits), so a
 * rebuild ({@code clear}, index everything, {@code commit}) never shows a half-empty index.
 *
 * <p>Queries are user syntax without fields: words (all must match), {@code "phrases"}, {@code
 * AND}/{@code OR}/{@code NOT}, parentheses and trailing {@code *} for prefixes. Colons, slashes,
 * brackets, {@code ^}, {@code ~} and backslashes are taken literally, so nothing a user types
 * names a field or a Lucene feature.
 *
 * <p>Mutable; thread-safe: any number of threads may search while others index.
 *
 * <p>Design decision: text is split on whitespace and then on punctuation by a word delimiter
 * that also indexes the parts joined, so an article that writes "Amir-Abdollahian" is found by
 * {@code Amir-Abdollahian}, {@code "Amir Abdollahian"} and {@code amirabdollahian}; accents are
 * folded ({@code Pezeshkian} finds "Pezeshkián") and English words are stemmed, with an unstemmed
 * copy for prefixes.
 *
 * <p>Over 300 lines: the analyser, the query syntax and the snippets are private nested classes
 * because nothing else should depend on them, and they only make sense together.
 */
public final class SearchIndex implements AutoCloseable {
  /** What a hit is. */
  public enum Kind { DOCUMENT, EVENT }

  /**
   * A hit.
   *
   * @param kind what it is
   * @param id the document key or the event id
   * @param score Lucene's relevance score, higher is better
   * @param snippet a short plain-text passage around the match (no HTML)
   */
  public record Hit(Kind kind, String id, double score, String snippet) {}

  private static final String ALL = "all";
  /** The same words unstemmed, for prefix queries: "negotia*" must find "negotiations" (stem "negoti"). */
  private static final String RAW = "raw";
  private static final FieldType RAW_TYPE = rawType();
  private static final String KIND = "kind";
  private static final String UID = "uid";
  private static final String ID = "id";
  /** The id again as a doc value: reading thousands of ids this way skips decompressing stored bodies. */
  private static final String ID_VALUES = "id_dv";
  private static final String BODY = "body";
  private static final String TITLE = "title";

  private final Path dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer = new TextAnalyzer(false);
  private final AtomicBoolean closed = new AtomicBoolean();

  private SearchIndex(Path dir, IndexWriter writer, SearcherManager searchers) {
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
    this.indexAnalyzer = writer.getAnalyzer();
  }

  /**
   * Opens the index in {@code dir}, creating the folder and an empty index when absent.
   *
   * @throws StoreException {@code UNAVAILABLE} when another process (or another open index in
   *     this one) holds the folder's lock, {@code VERSION} when a newer Lucene wrote it, {@code
   *     FAILED} when it is damaged or cannot be read
   */
  public static SearchIndex open(Path dir) throws StoreException {
    Objects.requireNonNull(dir, "dir");
    Directory directory = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer(true));
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      return new SearchIndex(dir, writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer, directory, e);
      throw openFailure(dir, e);
    }
  }

  private static StoreException openFailure(Path dir, Exception e) {
    if (e instanceof LockObtainFailedException) {
      return new StoreException(StoreException.Kind.UNAVAILABLE, "the search index in " + dir
          + " is in use by another process; close it (another Attaché running?) and try again", e);
    }
    if (e instanceof IndexFormatTooNewException) {
      return new StoreException(StoreException.Kind.VERSION, "the search index in " + dir
          + " was written by a newer Attaché; upgrade, or delete the folder to rebuild the index", e);
    }
    String what = e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        ? "is damaged or of an old format" : "cannot be opened";
    return new StoreException(StoreException.Kind.FAILED, "the search index in " + dir + " " + what + " ("
        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); delete the folder to rebuild the index", e);
  }

  /** Releases what a failed open took, keeping any further trouble beside the first failure. */
  private static void closeQuietly(IndexWriter writer, Directory directory, Exception failure) {
    try (directory) {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Adds a document, or replaces the one with the same {@code key}. */
  public void index(StoredDocument d) {
    Document doc = entry(Kind.DOCUMENT, d.key(), nfc(d.text()));
    if (d.title() != null) {
      doc.add(new StoredField(TITLE, nfc(d.title())));
    }
    searchable(doc, Stream.of(d.title(), d.text(), d.doc(), d.url()));
    update(Kind.DOCUMENT, d.key(), doc);
  }

  /**
   * Adds an event, or replaces the one with the same id. Its text is every mention's sentence, the
   * actors' words, names, codes and countries, the CAMEO code, the PLOVER category and the place.
   */
  public void index(StoredEvent e) {
    Event ev = e.event();
    List<String> sentences = sentences(e);
    Document doc = entry(Kind.EVENT, ev.id(), nfc(String.join("\n", sentences)));
    List<String> words = new ArrayList<>(sentences);
    actorWords(ev.source(), words);
    actorWords(ev.target(), words);
    words.add(ev.code());
    words.add(ev.plover());
    words.add(ev.location() == null ? null : ev.location().name());
    searchable(doc, words.stream());
    update(Kind.EVENT, ev.id(), doc);
  }

  private static List<String> sentences(StoredEvent e) {
    Set<String> sentences = new LinkedHashSet<>();
    sentences.add(e.event().sentence());
    e.mentions().forEach(m -> sentences.add(m.sentence()));
    return new ArrayList<>(sentences);
  }

  private static void actorWords(ActorRef a, List<String> words) {
    if (a != null) {
      words.addAll(Stream.of(a.text(), a.name(), a.code(), a.country()).filter(Objects::nonNull).toList());
    }
  }

  private static Document entry(Kind kind, String id, String body) {
    Document doc = new Document();
    doc.add(new StringField(UID, uid(kind, id), Field.Store.NO));
    doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
    doc.add(new StoredField(ID, id));
    doc.add(new org.apache.lucene.document.SortedDocValuesField(ID_VALUES, new org.apache.lucene.util.BytesRef(id)));
    doc.add(new StoredField(BODY, body));
    return doc;
  }

  private static void searchable(Document doc, Stream<String> values) {
    values.filter(Objects::nonNull).map(SearchIndex::nfc).forEach(v -> {
      doc.add(new TextField(ALL, v, Field.Store.NO));
      doc.add(new Field(RAW, v, RAW_TYPE));
    });
  }

  private static FieldType rawType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  private static String uid(Kind kind, String id) {
    return kind.name() + ":" + id;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private void update(Kind kind, String id, Document doc) {
    try {
      writer.updateDocument(new Term(UID, uid(kind, id)), doc);
    } catch (IOException e) {
      throw failure("cannot index " + kind + " " + id, e);
    }
  }

  /** Removes a document (by key) or an event (by id); nothing happens when it is absent. */
  public void delete(Kind kind, String id) {
    Objects.requireNonNull(kind, "kind");
    try {
      writer.deleteDocuments(new Term(UID, uid(kind, id)));
    } catch (IOException e) {
      throw failure("cannot delete " + kind + " " + id, e);
    }
  }

  /** Makes every change so far durable and visible to searches. */
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw failure("cannot commit", e);
    }
  }

  /**
   * Makes every change so far visible to searches without making it durable: far cheaper than
   * {@link #commit} (no fsync), for a writer that commits now and then and can rebuild the index
   * after a crash.
   */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw failure("cannot refresh", e);
    }
  }

  /** Removes everything, for a rebuild; like every change, it shows at the next {@link #commit}. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw failure("cannot clear", e);
    }
  }

  /**
   * Finds documents and events, best first.
   *
   * @param query user syntax (see the class comment)
   * @param kind what to find, or null for both
   * @param limit the most hits to return, at least 1
   * @throws IllegalArgumentException when the query is malformed, with the query and the reason
   */
  public List<Hit> search(String query, Kind kind, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Query parsed = QuerySyntax.parse(query, queryAnalyzer);
    Snippets snippets = Snippets.of(parsed);
    IndexSearcher searcher = acquire();
    try {
      ScoreDoc[] top = searcher.search(restrict(parsed, kind), limit).scoreDocs;
      List<Hit> hits = new ArrayList<>(top.length);
      for (ScoreDoc sd : top) {
        hits.add(hit(searcher.storedFields().document(sd.doc), sd.score, snippets));
      }
      return hits;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query '" + query + "' matches too many words; make a prefix* longer", e);
    } catch (IOException e) {
      throw failure("cannot search for '" + query + "'", e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The ids of the best matches, without snippets: for filtering events by text, where thousands
   * of matches may be wanted and a snippet each would cost more than the search.
   *
   * @throws IllegalArgumentException when the query is malformed, with the query and the reason
   */
  public List<String> ids(String query, Kind kind, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Query parsed = QuerySyntax.parse(query, queryAnalyzer);
    IndexSearcher searcher = acquire();
    try {
      ScoreDoc[] top = searcher.search(restrict(parsed, kind), limit).scoreDocs;
      return idsOf(searcher, top);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query '" + query + "' matches too many words; make a prefix* longer", e);
    } catch (IOException e) {
      throw failure("cannot search for '" + query + "'", e);
    } finally {
      release(searcher);
    }
  }

  /** The hits' ids in rank order, from doc values (read in doc order per segment), else stored fields. */
  private static List<String> idsOf(IndexSearcher searcher, ScoreDoc[] top) throws IOException {
    Integer[] order = new Integer[top.length];
    for (int i = 0; i < top.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> top[i].doc));
    String[] ids = new String[top.length];
    var leaves = searcher.getIndexReader().leaves();
    org.apache.lucene.index.SortedDocValues values = null;
    int leaf = -1;
    var fields = searcher.storedFields();
    for (int i : order) {
      int doc = top[i].doc;
      int sub = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
      if (sub != leaf) {
        leaf = sub;
        values = leaves.get(sub).reader().getSortedDocValues(ID_VALUES);
      }
      int local = doc - leaves.get(sub).docBase;
      ids[i] = values != null && values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString()
          : fields.document(doc, java.util.Set.of(ID)).get(ID);
    }
    return java.util.Arrays.asList(ids);
  }

  private Hit hit(Document doc, float score, Snippets snippets) {
    String snippet = snippets.around(doc.get(BODY), doc.get(TITLE), indexAnalyzer);
    return new Hit(Kind.valueOf(doc.get(KIND)), doc.get(ID), score, snippet);
  }

  private static Query restrict(Query query, Kind kind) {
    if (kind == null) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER).build();
  }

  /** How many documents, events, or both (null) the last commit holds. */
  public long count(Kind kind) {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(restrict(new MatchAllDocsQuery(), kind));
    } catch (IOException e) {
      throw failure("cannot count", e);
    } finally {
      release(searcher);
    }
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw failure("cannot open a searcher", e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw failure("cannot release a searcher", e);
    }
  }

  private UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException("search index in " + dir + ": " + what + ": " + e.getMessage(), e);
  }

  /** Commits what is pending and releases the folder. Calling it again does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Directory directory = writer.getDirectory();
    try (directory) {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw failure("cannot close", e);
    }
  }

  /**
   * Analysis shared by indexing and querying: whitespace, then punctuation and possessives
   * ("Iran's"), accents folded, lower case, English stop words and (except in {@link #RAW}) Porter
   * stems. The index side also joins a hyphenated word's parts ("amirabdollahian").
   */
  private static final class TextAnalyzer extends Analyzer {
    private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
        | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    private static final int JOINED = WordDelimiterGraphFilter.CATENATE_WORDS | WordDelimiterGraphFilter.CATENATE_NUMBERS;

    private final boolean join;

    TextAnalyzer(boolean join) {
      super(PER_FIELD_REUSE_STRATEGY); // the fields differ in stemming
      this.join = join;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new WhitespaceTokenizer();
      TokenStream t = new ASCIIFoldingFilter(source);
      t = new WordDelimiterGraphFilter(t, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
          join ? PARTS | JOINED : PARTS, null);
      if (join) {
        t = new FlattenGraphFilter(t);
      }
      t = new LowerCaseFilter(t);
      t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      return new TokenStreamComponents(source, field.equals(RAW) ? t : new PorterStemFilter(t));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String field) {
      return 100; // a phrase must not run from one field's value into the next
    }
  }

  /** The user query syntax on top of Lucene's classic parser, with errors a user can read. */
  private static final class QuerySyntax {
    private static final String LITERAL = ":/\\[]{}^~";

    static Query parse(String query, Analyzer analyzer) {
      if (query == null || query.isBlank()) {
        throw new IllegalArgumentException("query '" + (query == null ? "" : query) + "' is empty; give some words");
      }
      checkBalanced(query);
      QueryParser parser = new PrefixOnRawParser(analyzer);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parser.setSplitOnWhitespace(true);
      parser.setAutoGeneratePhraseQueries(true); // "Amir-Abdollahian" is a phrase, not two words anywhere
      try {
        return parser.parse(escape(nfc(query)));
      } catch (ParseException e) {
        throw new IllegalArgumentException("query '" + query + "' is malformed: " + reason(e), null);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException("query '" + query + "' has too many words", null);
      }
    }

    /** Sends prefix and wildcard words to the unstemmed field. */
    private static final class PrefixOnRawParser extends QueryParser {
      PrefixOnRawParser(Analyzer analyzer) {
        super(ALL, analyzer);
      }

      @Override
      protected Query getPrefixQuery(String field, String term) throws ParseException {
        return super.getPrefixQuery(RAW, term);
      }

      @Override
      protected Query getWildcardQuery(String field, String term) throws ParseException {
        return super.getWildcardQuery(RAW, term);
      }
    }

    private static void checkBalanced(String query) {
      if (query.chars().filter(c -> c == '"').count() % 2 != 0) {
        throw new IllegalArgumentException("query '" + query + "' has a quote \" that is not closed");
      }
      int depth = 0;
      boolean quoted = false;
      for (char c : query.toCharArray()) {
        quoted ^= c == '"';
        depth += quoted ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth < 0) {
          throw new IllegalArgumentException("query '" + query + "' closes a parenthesis ) it did not open");
        }
      }
      if (depth > 0) {
        throw new IllegalArgumentException("query '" + query + "' has a parenthesis ( that is not closed");
      }
    }

    private static String escape(String query) {
      StringBuilder s = new StringBuilder(query.length() + 8);
      for (char c : query.toCharArray()) {
        if (LITERAL.indexOf(c) >= 0) {
          s.append('\\');
        }
        s.append(c);
      }
      return s.toString();
    }

    /** Lucene's message lists every token it expected; the user needs the one it did not. */
    private static String reason(ParseException e) {
      Throwable cause = e.getCause() instanceof ParseException ? e.getCause() : e;
      String message = String.valueOf(cause.getMessage());
      if (message.contains("not allowed as first character")) {
        return "a word cannot start with * or ?";
      }
      if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
        Token next = p.currentToken.next;
        return next.kind == 0 ? "it ends where a word was expected (after AND, OR or NOT?)"
            : "'" + next.image + "' is not expected there"; // no column: escaping shifted them
      }
      return "it is not a search (use words, \"phrases\", AND, OR, NOT and parentheses)";
    }
  }

  /**
   * Plain-text passages around the first word a query looks for (not those it excludes), found by
   * analysing the stored text the way the index did.
   */
  private static final class Snippets {
    private static final int WIDTH = 200;
    private static final int BEFORE = 60;

    private final Set<String> words = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();

    static Snippets of(Query query) {
      Snippets s = new Snippets();
      query.visit(s.collector());
      return s;
    }

    private QueryVisitor collector() {
      return new QueryVisitor() {
        @Override
        public boolean acceptField(String f) {
          return f.equals(ALL) || f.equals(RAW);
        }

        @Override
        public void consumeTerms(Query q, Term... terms) {
          Stream.of(terms).filter(t -> t.field().equals(ALL)).forEach(t -> words.add(t.text()));
        }

        @Override
        public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
          patterns.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }
      };
    }

    /** A passage of the body around the first match, else the start of the body (or title). */
    String around(String body, String title, Analyzer analyzer) {
      if (body.isBlank() && title != null) {
        return cut(title, 0);
      }
      int word = firstMatch(body, analyzer, ALL, words::contains);
      int pattern = patterns.isEmpty() ? -1 : firstMatch(body, analyzer, RAW, this::matchesPattern);
      int match = word < 0 ? pattern : pattern < 0 ? word : Math.min(word, pattern);
      return cut(body, match < 0 ? 0 : Math.max(0, match - BEFORE));
    }

    private static int firstMatch(String text, Analyzer analyzer, String field, Predicate<String> wanted) {
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int found = -1;
        while (found < 0 && ts.incrementToken()) {
          found = wanted.test(term.toString()) ? offset.startOffset() : -1;
        }
        ts.end();
        return found;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyse a stored text: " + e.getMessage(), e);
      }
    }

    private boolean matchesPattern(String term) {
      BytesRef bytes = new BytesRef(term);
      return patterns.stream().anyMatch(p -> p.run(bytes.bytes, bytes.offset, bytes.length));
    }

    /** About {@link #WIDTH} characters from near {@code from}, cut at spaces, on one line. */
    private static String cut(String text, int from) {
      int start = from == 0 ? 0 : text.indexOf(' ', from) + 1;
      int end = Math.min(text.length(), start + WIDTH);
      int space = text.lastIndexOf(' ', end);
      if (end < text.length() && space > start) {
        end = space;
      }
      String passage = text.substring(start, end).replaceAll("\\s+", " ").strip();
      return (start > 0 ? "… " : "") + passage + (end < text.length() ? " …" : "");
    }
  }
}
