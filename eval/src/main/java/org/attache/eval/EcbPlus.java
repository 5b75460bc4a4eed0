package org.attache.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ECB+ corpus (Cybulska and Vossen 2014) as the merge suite reads it: the documents of the
 * CROMER-format XML files (a folder of them, or {@code ECB+.zip} read in memory), cut down to the
 * sentences {@code ECBplus_coreference_sentences.csv} lists, and their gold event mentions with
 * the coreference cluster of each.
 *
 * <p>A document's text is its kept tokens joined by single spaces, sentences separated by a blank
 * line (the annotator's sentence break), so every token's characters are known. Gold mentions are
 * the markables tagged {@code ACTION_*} or {@code NEG_ACTION_*} that are anchored to tokens, all of
 * them in kept sentences; a mention's cluster is the instance id of its {@code CROSS_DOC_COREF}
 * chain, else its document's {@code INTRA_DOC_COREF} chain, else its own (a singleton).
 *
 * <p>Immutable once opened; the documents are parsed when {@link #read} asks for them.
 */
final class EcbPlus {
  static final String CSV = "ECBplus_coreference_sentences.csv";
  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)");

  /** A token's characters in the rebuilt text. */
  record Span(int begin, int end) {
    boolean overlaps(int b, int e) {
      return begin < e && b < end;
    }
  }

  /** A gold event mention: its id ({@code doc/m_id}), tag, tokens' spans, words and cluster. */
  record Mention(String id, String tag, List<Span> tokens, String text, String cluster) {
    Mention {
      tokens = List.copyOf(tokens);
    }

    int begin() {
      return tokens.get(0).begin();
    }

    int end() {
      return tokens.get(tokens.size() - 1).end();
    }
  }

  /** One document: its name ({@code 1_10ecbplus}), topic, rebuilt text and gold mentions. */
  record Doc(String name, int topic, String text, List<Mention> mentions) {
    Doc {
      mentions = List.copyOf(mentions);
    }
  }

  /** The bytes of one XML file, read when asked for. */
  private interface Source {
    byte[] bytes() throws IOException;
  }

  private final Map<String, Set<Integer>> sentences;
  private final Map<String, Source> files;

  private EcbPlus(Map<String, Set<Integer>> sentences, Map<String, Source> files) {
    this.sentences = sentences;
    this.files = files;
  }

  /**
   * The corpus in {@code folder}: the repository's layout ({@code ECB+/} or {@code ECB+.zip},
   * beside or under {@code ECB+_LREC2014/} with the sentence list), or all files in one folder.
   *
   * @throws IllegalArgumentException naming what is missing when the folder is not ECB+
   */
  static EcbPlus open(Path folder) throws IOException {
    Path csv = first(folder.resolve("ECB+_LREC2014").resolve(CSV), folder.resolve(CSV));
    if (csv == null) {
      throw new IllegalArgumentException("not an ECB+ suite folder: no " + CSV + " in " + folder
          + " or " + folder.resolve("ECB+_LREC2014"));
    }
    Map<String, Source> files = xmlFiles(folder);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("not an ECB+ suite folder: no ECB+/ folder of XML files and no ECB+.zip in "
          + folder + " or " + folder.resolve("ECB+_LREC2014"));
    }
    Map<String, Set<Integer>> listed = sentenceList(Files.readAllLines(csv, StandardCharsets.UTF_8), csv);
    listed.keySet().retainAll(files.keySet());
    return new EcbPlus(listed, files);
  }

  private static Path first(Path... candidates) {
    return Stream.of(candidates).filter(Files::isRegularFile).findFirst().orElse(null);
  }

  private static Map<String, Source> xmlFiles(Path folder) throws IOException {
    Map<String, Source> out = new HashMap<>();
    Path dir = folder.resolve("ECB+");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          String name = docName(p.getFileName().toString());
          if (name != null) {
            out.put(name, () -> Files.readAllBytes(p));
          }
        }
      }
      return out;
    }
    Path zip = first(folder.resolve("ECB+_LREC2014").resolve("ECB+.zip"), folder.resolve("ECB+.zip"));
    if (zip != null) {
      // Unzipped in memory (about 28 MB of XML): the corpus is never copied into the project.
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          String name = docName(Path.of(e.getName()).getFileName().toString());
          if (!e.isDirectory() && name != null) {
            byte[] bytes = in.readAllBytes();
            out.put(name, () -> bytes);
          }
        }
      }
    }
    return out;
  }

  /** {@code 1_10ecbplus} for {@code 1_10ecbplus.xml}, or null for a file that is not a document. */
  private static String docName(String fileName) {
    String base = fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return NAME.matcher(base).matches() ? base : null;
  }

  /** The sentence list: document name to the numbers of its sentences to score. */
  static Map<String, Set<Integer>> sentenceList(List<String> lines, Path file) {
    Map<String, Set<Integer>> out = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || (i == 0 && line.startsWith("Topic"))) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != 3 || !f[0].strip().matches("\\d+") || !f[2].strip().matches("\\d+")) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected Topic,File,Sentence Number, found '" + line + "'");
      }
      out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new TreeSet<>()).add(Integer.parseInt(f[2].strip()));
    }
    return out;
  }

  /** How many documents have sentences to score. */
  int size() {
    return sentences.size();
  }

  /** The documents with sentences to score, by topic, then ECB before ECB+, then number. */
  List<String> names() {
    return sentences.keySet().stream().sorted(Comparator.comparingInt((String n) -> part(n, 1))
        .thenComparing(n -> part(n, 3)).thenComparingInt(n -> part(n, 2))).toList();
  }

  private static int part(String name, int group) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ECB+ document name: '" + name + "'");
    }
    return group == 3 ? (m.group(3).equals("ecb") ? 0 : 1) : Integer.parseInt(m.group(group));
  }

  /** The topic of a document: the number before the underscore in its name. */
  static int topic(String name) {
    return part(name, 1);
  }

  /** A document, cut down to its listed sentences. */
  Doc read(String name) throws IOException {
    Source s = files.get(name);
    if (s == null || !sentences.containsKey(name)) {
      throw new IllegalArgumentException("no ECB+ document '" + name + "' with listed sentences");
    }
    try {
      return parse(name, new ByteArrayInputStream(s.bytes()), sentences.get(name));
    } catch (XMLStreamException e) {
      throw new IOException(name + ".xml: malformed XML: " + e.getMessage(), e);
    }
  }

  /** Parses one CROMER XML document, keeping the tokens and mentions of sentences {@code keep}. */
  static Doc parse(String name, InputStream xml, Set<Integer> keep) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
    Parsed p = new Parsed(keep);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          p.element(r);
        }
      }
    } finally {
      r.close();
    }
    return p.doc(name);
  }

  /** What one document's XML holds, gathered element by element. */
  private static final class Parsed {
    private final Set<Integer> keep;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Span> tokenSpans = new HashMap<>();
    private final Map<String, String> tokenWords = new HashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>(); // m_id -> tag, markables with anchors
    private final Map<String, List<String>> anchors = new HashMap<>();
    private final Map<String, String> clusters = new HashMap<>();
    private int lastSentence = Integer.MIN_VALUE;
    private String markable;
    private String currentTag;
    private String relation;
    private boolean crossDoc;

    Parsed(Set<Integer> keep) {
      this.keep = keep;
    }

    void element(XMLStreamReader r) throws XMLStreamException {
      String el = r.getLocalName();
      switch (el) {
        case "token" -> token(r);
        case "token_anchor" -> {
          if (markable != null) {
            anchors.computeIfAbsent(markable, k -> new ArrayList<>()).add(r.getAttributeValue(null, "t_id"));
            tags.putIfAbsent(markable, currentTag);
          }
        }
        case "CROSS_DOC_COREF", "INTRA_DOC_COREF" -> {
          crossDoc = el.equals("CROSS_DOC_COREF");
          relation = crossDoc ? r.getAttributeValue(null, "note") : r.getAttributeValue(null, "r_id");
        }
        case "source" -> {
          String id = r.getAttributeValue(null, "m_id");
          if (relation != null && id != null) {
            // A cross-document chain wins over an intra-document one (the release removed most overlaps).
            if (crossDoc) {
              clusters.merge(id, relation, (old, neu) -> old.startsWith("intra:") ? neu : old);
            } else {
              clusters.putIfAbsent(id, "intra:" + relation);
            }
          }
        }
        case "Document", "Markables", "Relations", "target" -> { }
        default -> {
          markable = r.getAttributeValue(null, "m_id");
          currentTag = el;
        }
      }
    }

    private void token(XMLStreamReader r) throws XMLStreamException {
      String id = r.getAttributeValue(null, "t_id");
      int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
      String word = r.getElementText().strip();
      if (!keep.contains(sentence) || word.isEmpty()) {
        return;
      }
      if (!text.isEmpty()) {
        text.append(sentence == lastSentence ? " " : "\n\n");
      }
      lastSentence = sentence;
      tokenSpans.put(id, new Span(text.length(), text.length() + word.length()));
      tokenWords.put(id, word);
      text.append(word);
    }

    Doc doc(String name) {
      List<Mention> mentions = new ArrayList<>();
      tags.forEach((mId, tag) -> {
        List<String> ids = anchors.get(mId);
        if (!(tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) || !tokenSpans.keySet().containsAll(ids)) {
          return; // not an action, or outside the listed sentences
        }
        List<Span> spans = ids.stream().map(tokenSpans::get).sorted(Comparator.comparingInt(Span::begin)).toList();
        String words = String.join(" ", ids.stream().map(tokenWords::get).toList());
        String cluster = clusters.get(mId);
        String id = name + "/" + mId;
        cluster = cluster == null ? "single:" + id : cluster.startsWith("intra:") ? name + "/" + cluster : cluster;
        mentions.add(new Mention(id, tag, spans, words, cluster));
      });
      mentions.sort(Comparator.comparingInt(Mention::begin));
      return new Doc(name, topic(name), text.toString(), mentions);
    }
  }
}
