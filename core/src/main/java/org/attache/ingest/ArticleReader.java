package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.attache.ingest.Decoding.MalformedTextException;
import org.attache.model.Diagnostic;
import org.attache.model.RawArticle;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads articles from files and folders in the formats of CONTRACT.md: {@code .txt},
 * {@code .html}/{@code .htm}, {@code .jsonl}, {@code .warc} and {@code .warc.gz}. Folders are
 * walked recursively in name order; hidden files are ignored. Every problem is reported to the
 * sink as a diagnostic naming the file (and line or record) and the reason, and reading goes on.
 *
 * <p>Immutable and thread-safe: one instance may read many files concurrently.
 */
public final class ArticleReader {
  private static final String STAGE = "read";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReaderConfig config;

  public ArticleReader(ReaderConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The input formats, by file name. */
  enum Format {
    TEXT,
    HTML,
    JSONL,
    WARC;

    static Format of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".txt")) {
        return TEXT;
      }
      if (n.endsWith(".html") || n.endsWith(".htm")) {
        return HTML;
      }
      if (n.endsWith(".jsonl")) {
        return JSONL;
      }
      if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
        return WARC;
      }
      return null;
    }
  }

  /**
   * Expands files and folders into the list of files to read, in a stable order. Paths that do
   * not exist are reported and left out.
   */
  public List<Path> files(List<Path> roots, ArticleSink sink) {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        sink.diagnostic(Diagnostic.of(STAGE, root.toString(), "no such file or directory"));
      } else if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !isHidden(root, p))
              .sorted()
              .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          sink.diagnostic(Diagnostic.of(STAGE, root.toString(), "cannot list folder: " + e.getMessage()));
        }
      } else {
        out.add(root);
      }
    }
    return out;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Where a file's bytes come from when it is not a local path: a Hadoop file system, say. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /** Reads one file, sending its articles (one, or many for JSON Lines and WARC) to the sink. */
  public void read(Path file, ArticleSink sink) {
    String origin = file.toString();
    Format format = Format.of(file.getFileName().toString());
    if (format == null) {
      sink.diagnostic(unsupported(origin));
      return;
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      sink.diagnostic(cannotRead(origin, e));
      return;
    }
    read(format, file.getFileName().toString(), origin, size, () -> Files.newInputStream(file), sink);
  }

  /**
   * Reads one file from a stream, as {@link #read(Path, ArticleSink)} reads a local one: a WARC
   * file record by record, any other whole if it is within the size limit.
   *
   * @param name the file name, which decides the format and is the document id
   * @param origin where it came from, for diagnostics
   * @param size the file's length in bytes, as its file system lists it
   */
  public void read(String name, String origin, long size, Source source, ArticleSink sink) {
    Format format = Format.of(name);
    if (format == null) {
      sink.diagnostic(unsupported(origin));
      return;
    }
    read(format, name, origin, size, source, sink);
  }

  private void read(Format format, String name, String origin, long size, Source source, ArticleSink sink) {
    try {
      if (format == Format.WARC) {
        readWarc(origin, size, source, sink);
        return;
      }
      if (size > config.maxBytes()) {
        sink.diagnostic(Diagnostic.of(STAGE, origin,
            "file too large (" + size + " bytes; the limit is " + config.maxBytes() + ")"));
        return;
      }
      byte[] bytes;
      try (InputStream in = source.open()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
      }
      read(name, origin, bytes, sink);
    } catch (IOException e) {
      sink.diagnostic(cannotRead(origin, e));
    }
  }

  private static Diagnostic unsupported(String origin) {
    return Diagnostic.of(STAGE, origin, "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)");
  }

  private static Diagnostic cannotRead(String origin, IOException e) {
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
      return Diagnostic.of(STAGE, origin, "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return Diagnostic.of(STAGE, origin, "cannot read file: permission denied");
    }
    return Diagnostic.of(STAGE, origin, "cannot read file: " + e.getMessage());
  }

  /**
   * Reads an in-memory file of the given name ({@code .txt}, {@code .html} or {@code .jsonl}).
   *
   * @param name the file name, which decides the format and is the document id
   * @param origin where it came from, for diagnostics
   */
  public void read(String name, String origin, byte[] bytes, ArticleSink sink) {
    Format format = Format.of(name);
    if (format == null || format == Format.WARC) {
      sink.diagnostic(Diagnostic.of(STAGE, origin, "unsupported file type for in-memory reading"));
      return;
    }
    String problem = bytes.length == 0 ? "empty file" : Decoding.binaryReason(bytes);
    if (problem == null && bytes.length > config.maxBytes()) {
      problem = "file too large (" + bytes.length + " bytes; the limit is " + config.maxBytes() + ")";
    }
    if (problem != null) {
      sink.diagnostic(Diagnostic.of(STAGE, origin, problem));
      return;
    }
    try {
      switch (format) {
        case TEXT -> emitIfNotBlank(RawArticle.text(name, origin, Decoding.text(bytes)), sink);
        case HTML -> emitIfNotBlank(
            new RawArticle(name, origin, RawArticle.Kind.HTML, Decoding.html(bytes, null),
                null, null, null, null), sink);
        case JSONL -> readJsonLines(origin, Decoding.text(bytes), sink);
        default -> throw new IllegalStateException("unreachable format " + format);
      }
    } catch (MalformedTextException e) {
      sink.diagnostic(Diagnostic.of(STAGE, origin, e.getMessage()));
    }
  }

  private static void emitIfNotBlank(RawArticle article, ArticleSink sink) {
    if (article.content().isBlank()) {
      sink.diagnostic(Diagnostic.of(STAGE, article.origin(), "empty file (only white space)"));
    } else {
      sink.article(article);
    }
  }

  private static void readJsonLines(String origin, String text, ArticleSink sink) {
    String[] lines = text.split("\r?\n", -1);
    boolean any = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      any = true;
      RawArticle article = jsonArticle(origin, i + 1, line, sink);
      if (article != null) {
        sink.article(article);
      }
    }
    if (!any) {
      sink.diagnostic(Diagnostic.of(STAGE, origin, "empty file (no JSON lines)"));
    }
  }

  private static RawArticle jsonArticle(String origin, int lineNo, String line, ArticleSink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      sink.diagnostic(new Diagnostic(STAGE, origin, lineNo, "malformed JSON: " + why));
      return null;
    }
    if (node == null || !node.isObject()) {
      sink.diagnostic(new Diagnostic(STAGE, origin, lineNo, "expected a JSON object per line"));
      return null;
    }
    String text = stringField(node, "text");
    String html = stringField(node, "html");
    if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
      sink.diagnostic(new Diagnostic(STAGE, origin, lineNo, "no \"text\" or \"html\" field with content"));
      return null;
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : origin + "#" + lineNo;
    boolean isHtml = text == null || text.isBlank();
    return new RawArticle(id, origin + ":" + lineNo,
        isHtml ? RawArticle.Kind.HTML : RawArticle.Kind.TEXT, isHtml ? html : text,
        stringField(node, "url"), stringField(node, "title"), stringField(node, "published"), null);
  }

  private static String stringField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private void readWarc(String origin, long size, Source source, ArticleSink sink) throws IOException {
    if (size == 0) {
      sink.diagnostic(Diagnostic.of(STAGE, origin, "empty file"));
      return;
    }
    int found = 0;
    InputStream in = source.open(); // a file that cannot be opened is unreadable, not malformed
    try (in; WarcReader reader = new WarcReader(in)) {
      reader.onWarning(w -> sink.diagnostic(Diagnostic.of(STAGE, origin, "WARC warning: " + w)));
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response && warcArticle(origin, response, sink)) {
          found++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // jwarc signals a corrupt stream with ParsingException (an IOException) or an unchecked one.
      sink.diagnostic(Diagnostic.of(STAGE, origin, "malformed WARC after " + found + " articles: " + e.getMessage()));
      return;
    }
    if (found == 0) {
      sink.diagnostic(Diagnostic.of(STAGE, origin, "no HTML response records in WARC file"));
    }
  }

  private boolean warcArticle(String origin, WarcResponse response, ArticleSink sink) throws IOException {
    String target = response.target();
    String where = origin + "#" + target;
    MediaType type;
    try {
      type = response.http().contentType();
    } catch (IOException | IllegalArgumentException e) {
      return false; // not an HTTP response (dns:, a gemini capture): nothing to read
    }
    if (!type.base().equals(MediaType.HTML) && !type.subtype().equals("xhtml+xml")) {
      return false;
    }
    byte[] body;
    try (InputStream in = response.http().bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
    }
    String problem = body.length == 0 ? "empty HTML body" : Decoding.binaryReason(body);
    if (problem == null && body.length > config.maxBytes()) {
      problem = "record too large (over " + config.maxBytes() + " bytes)";
    }
    if (problem != null) {
      sink.diagnostic(Diagnostic.of(STAGE, where, problem));
      return false;
    }
    try {
      String html = Decoding.html(body, type.parameters().get("charset"));
      String crawled = response.date() == null ? null : response.date().toString();
      sink.article(new RawArticle(target, where, RawArticle.Kind.HTML, html, target, null, null, crawled));
      return true;
    } catch (MalformedTextException e) {
      sink.diagnostic(Diagnostic.of(STAGE, where, e.getMessage()));
      return false;
    }
  }
}
