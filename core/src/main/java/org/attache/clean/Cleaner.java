package org.attache.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attache.model.Basis;
import org.attache.model.DateClue;
import org.attache.model.Document;
import org.attache.model.RawArticle;

/**
 * Turns a raw article into a clean {@link Document}: the article body and nothing else, the
 * lines removed with their reasons, its title, dateline and language, and the unparsed date
 * clues the page offered. Never throws on bad content: an article with no text left gives a
 * document with empty text, which later stages skip.
 *
 * <p>Stateless and thread-safe.
 */
public final class Cleaner {
  private final HtmlExtractor html = new HtmlExtractor();
  private final LineCleaner lineCleaner = new LineCleaner();

  public Document clean(RawArticle raw) {
    List<DateClue> clues = new ArrayList<>();
    if (raw.published() != null && !raw.published().isBlank()) {
      clues.add(new DateClue(Basis.METADATA, "container:published", raw.published()));
    }
    if (raw.crawled() != null) {
      clues.add(new DateClue(Basis.METADATA, "crawled", raw.crawled()));
    }
    String title = blankToNull(raw.title());
    String url = raw.url();
    List<Line> lines = new ArrayList<>();
    String dateline = null;
    if (raw.kind() == RawArticle.Kind.HTML) {
      HtmlExtractor.Page page = html.extract(raw.content(), url);
      title = title != null ? title : page.title();
      url = page.url();
      clues.addAll(page.clues());
      page.lines().forEach(l -> lines.add(new Line(l)));
    } else {
      dateline = textLines(raw.content(), lines, clues);
      if (url != null) {
        clues.add(new DateClue(Basis.METADATA, "url", url));
      }
      if (title == null) {
        title = leadingTitle(lines);
      }
    }
    lineCleaner.clean(lines, title);
    String wireCity = wireDateline(lines, clues);
    dateline = dateline != null ? dateline : wireCity;
    for (Line line : lines) {
      if (LineCleaner.AGENCY_CODE.equals(line.removedBecause)) {
        clues.add(new DateClue(Basis.AGENCY_CODE, "agency-code line", line.text));
      } else if (LineCleaner.TIMESTAMP.equals(line.removedBecause)) {
        clues.add(new DateClue(Basis.METADATA, "timestamp line", line.text));
      }
    }
    String text = lines.stream().filter(Line::kept).map(l -> l.text).collect(Collectors.joining("\n\n"));
    List<Document.RemovedLine> removed = lines.stream()
        .filter(l -> !l.kept())
        .map(l -> new Document.RemovedLine(l.text, l.removedBecause))
        .toList();
    return new Document(raw.id(), raw.origin(), title, text, removed, LanguageGuesser.guess(text),
        url, dateline, clues);
  }

  /** Splits plain text into lines, taking the header line's date and city as metadata. */
  private static String textLines(String content, List<Line> lines, List<DateClue> clues) {
    String[] raw = content.split("\r?\n|\r");
    String city = null;
    int start = 0;
    while (start < raw.length && raw[start].isBlank()) {
      start++;
    }
    if (start < raw.length) {
      Datelines.Header header = Datelines.header(raw[start]);
      if (header != null) {
        clues.add(new DateClue(Basis.HEADER, "header line", header.date()));
        city = header.city();
        raw[start] = header.rest();
      }
    }
    for (int i = start; i < raw.length; i++) {
      String t = Texts.normalizeSpace(raw[i]);
      if (!t.isEmpty()) {
        lines.add(new Line(t));
      }
    }
    return city;
  }

  /**
   * The title of a text article: among the short non-sentence lines before the body, a first
   * Title Case line of a few words followed by another is the site's name, and the next is the
   * headline. Lines after the headline (a standfirst) stay in the text.
   */
  private static String leadingTitle(List<Line> lines) {
    int lead = 0;
    while (lead < lines.size() && !LineCleaner.isBodyLike(lines.get(lead))
        && LineCleaner.isHeadlineLike(lines.get(lead))) {
      lead++;
    }
    if (lead == 0) {
      return null;
    }
    int t = 0;
    Line first = lines.get(0);
    if (lead >= 2 && first.words() <= 5 && Texts.isTitleCase(first.text)) {
      first.remove(LineCleaner.SITE_NAME);
      t = 1;
    }
    Line titleLine = lines.get(t);
    if (LineCleaner.lineRule(titleLine.text) != null) {
      return null;
    }
    titleLine.remove(LineCleaner.TITLE);
    return titleLine.text;
  }

  /** Strips a wire dateline from the first body paragraph, keeping it as a date clue. */
  private static String wireDateline(List<Line> lines, List<DateClue> clues) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!line.kept()) {
        continue;
      }
      Datelines.Wire wire = Datelines.wire(line.text);
      if (wire == null) {
        return null;
      }
      if (wire.monthDay() != null) {
        clues.add(new DateClue(Basis.DATELINE, "dateline", wire.monthDay()));
      }
      Line prefix = new Line(line.text.substring(0, wire.length()).strip());
      prefix.remove("dateline");
      lines.set(i, new Line(line.text.substring(wire.length())));
      lines.add(i, prefix);
      return wire.city();
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
