package org.attache.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.attache.model.Basis;
import org.attache.model.DateClue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Main-text extraction from an HTML page with Readability4J, plus what the page says about
 * itself: title, canonical URL, and publication-date clues from meta tags, JSON-LD,
 * {@code <time>} elements and date-labelled page elements. Stateless and thread-safe.
 */
final class HtmlExtractor {
  /** Meta names and properties that state the original publication date, best first. */
  static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
      "article.published", "article_date_original", "originalpublicationdate", "publication_date",
      "publish-date", "publish_date", "publishdate", "published_time", "published-date", "pubdate",
      "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
      "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
      "citation_date", "cxenseparse:recs:publishtime", "article:post_date", "og:updated_time",
      "article:modified_time", "last-modified", "dateModified", "date.modified");
  /** The base address for a page whose own is unknown; never shown or stored. */
  private static final String NO_ADDRESS = "http://localhost/";
  private static final Set<String> MODIFIED = Set.of(
      "og:updated_time", "article:modified_time", "last-modified", "datemodified", "date.modified");
  private static final Pattern JSONLD_DATE =
      Pattern.compile("\"(datePublished|dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern DATE_LABELLED =
      Pattern.compile("(?i)(^|[-_ ])(date|time|publish|published|posted|pubdate|timestamp|datum|dateline|byline|meta|entry-meta|article-info|info)([-_ ]|$)");
  private static final Pattern NOT_PUBLICATION = Pattern.compile(
      "(?i)(modified|edited|updated|aktualisiert|geändert|aktuelle zeit|current time|°C|gesperrt)");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
      "table", "tr", "td", "th", "section", "article", "header", "footer", "figure", "figcaption",
      "dd", "dt", "dl", "hr", "br", "aside", "main", "nav", "form", "address", "center");

  /** What extraction found on one page. */
  record Page(String title, String url, List<String> lines, List<DateClue> clues) {}

  Page extract(String html, String knownUrl) {
    org.jsoup.nodes.Document dom = Jsoup.parse(html, knownUrl == null ? "" : knownUrl);
    String url = knownUrl != null ? knownUrl : canonicalUrl(dom);
    List<DateClue> clues = dateClues(dom, url);
    String title = title(dom);
    // Readability4J mutates the DOM it is given, so it works on a copy.
    Element content;
    try {
      if (depth(dom) > MAX_READABILITY_DEPTH) {
        // Readability4J walks the DOM recursively: a page nested thousands deep (broken or hostile)
        // would overflow the stack, so such pages go straight to the fallback.
        throw new IllegalArgumentException("nested too deep for Readability4J");
      }
      // Without a base, Readability4J logs an error for every relative link it cannot resolve;
      // links are not part of the text, so a page without a known address gets a placeholder one.
      Article article = new Readability4JExtended(url == null ? NO_ADDRESS : url, dom.clone()).parse();
      content = article.getArticleContent();
      if (title == null && article.getTitle() != null && !article.getTitle().isBlank()) {
        title = Texts.normalizeSpace(article.getTitle());
      }
    } catch (RuntimeException e) {
      // Readability4J rejects some DOM shapes (a top candidate without a parent); the page's
      // body, cleaned line by line, is then the best text there is.
      content = null;
    }
    if (content == null || content.text().isBlank()) {
      content = fallbackContent(dom);
    }
    List<String> lines = content == null ? List.of() : blockLines(content);
    return new Page(title, url, lines, clues);
  }

  /** Nesting beyond which Readability4J is not tried; real pages stay well under 100. */
  static final int MAX_READABILITY_DEPTH = 400;

  /** The DOM's greatest nesting depth, found without recursion. */
  static int depth(org.jsoup.nodes.Document dom) {
    int[] max = {0};
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), dom);
    return max[0];
  }

  /** The page's main or article element, else its body, without scripts, navigation and forms. */
  private static Element fallbackContent(org.jsoup.nodes.Document dom) {
    Element root = dom.selectFirst("article, main, [role=main]");
    root = root != null ? root.clone() : dom.body() == null ? null : dom.body().clone();
    if (root != null) {
      root.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button").remove();
    }
    return root;
  }

  private static String canonicalUrl(org.jsoup.nodes.Document dom) {
    for (String css : List.of("link[rel=canonical]", "meta[property=og:url]", "meta[name=og:url]")) {
      Element e = dom.selectFirst(css);
      if (e != null) {
        String v = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        if (v.startsWith("http")) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static String title(org.jsoup.nodes.Document dom) {
    for (String css : List.of("meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]")) {
      Element e = dom.selectFirst(css);
      if (e != null && !e.attr("content").isBlank()) {
        return Texts.normalizeSpace(e.attr("content"));
      }
    }
    Element h1 = dom.selectFirst("article h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return Texts.normalizeSpace(h1.text());
    }
    String t = dom.title();
    return t.isBlank() ? null : Texts.normalizeSpace(t);
  }

  /** Every date statement the page makes about itself, in order of trust. */
  static List<DateClue> dateClues(org.jsoup.nodes.Document dom, String url) {
    Map<String, DateClue> out = new LinkedHashMap<>();
    for (Element meta : dom.select("meta[content]")) {
      String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"), meta.attr("http-equiv"));
      if (key == null) {
        continue;
      }
      String k = key.toLowerCase(Locale.ROOT);
      if (PUBLISHED_META.stream().anyMatch(p -> p.equalsIgnoreCase(k))) {
        String where = (MODIFIED.contains(k) ? "modified:" : "meta:") + k;
        out.putIfAbsent(where, new DateClue(Basis.METADATA, where, meta.attr("content")));
      }
    }
    for (Element script : dom.select("script[type=application/ld+json]")) {
      Matcher m = JSONLD_DATE.matcher(script.data());
      while (m.find()) {
        // Only datePublished is the article's own; dateCreated and uploadDate often describe
        // an embedded image or video, so they rank with the weaker clues.
        String where = switch (m.group(1)) {
          case "datePublished" -> "jsonld:datePublished";
          case "dateModified" -> "modified:jsonld:dateModified";
          default -> "secondary:jsonld:" + m.group(1);
        };
        out.putIfAbsent(where, new DateClue(Basis.METADATA, where, m.group(2)));
      }
    }
    for (Element e : dom.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
      String v = firstNonBlank(e.attr("datetime"), e.attr("content"), e.attr("title"), e.text());
      if (v != null) {
        out.putIfAbsent("itemprop:" + e.attr("itemprop"), new DateClue(Basis.METADATA, "itemprop:" + e.attr("itemprop"), v));
      }
    }
    int n = 0;
    for (Element e : dom.select("time[datetime], time[pubdate], abbr.published[title], abbr.date[title]")) {
      String v = firstNonBlank(e.attr("datetime"), e.attr("title"), e.text());
      if (v != null && n++ < 3) {
        String where = e.hasAttr("pubdate") || e.hasClass("published") || e.hasClass("entry-date") ? "time:pubdate" : "time:" + n;
        out.putIfAbsent(where, new DateClue(Basis.METADATA, where, v));
      }
    }
    if (url != null) {
      out.putIfAbsent("url", new DateClue(Basis.METADATA, "url", url));
    }
    labelledElements(dom, out);
    Element body = dom.body();
    if (body != null) {
      String text = body.text();
      out.putIfAbsent("page-text", new DateClue(Basis.METADATA, "page-text", text.substring(0, Math.min(text.length(), 20000))));
    }
    return new ArrayList<>(out.values());
  }

  /** Short elements whose class or id says they hold a date: "post-date", "article-meta". */
  private static void labelledElements(org.jsoup.nodes.Document dom, Map<String, DateClue> out) {
    int n = 0;
    for (Element e : dom.select("[class], [id]")) {
      String label = e.className() + " " + e.id();
      if (!DATE_LABELLED.matcher(label).find()) {
        continue;
      }
      String text = Texts.normalizeSpace(e.text());
      if (NOT_PUBLICATION.matcher(text).find()) {
        continue;
      }
      if (text.length() >= 6 && text.length() <= 160 && text.chars().anyMatch(Character::isDigit)) {
        n++;
        out.putIfAbsent("labelled:" + n, new DateClue(Basis.METADATA, "labelled:" + n, text));
        if (n >= 8) {
          return;
        }
      }
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The element's text as paragraph lines: one line per block element, inline text joined. */
  static List<String> blockLines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(current, lines);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(current, lines);
        }
      }
    }, root);
    flush(current, lines);
    return lines;
  }

  private static void flush(StringBuilder current, List<String> lines) {
    String line = Texts.normalizeSpace(current.toString());
    if (!line.isEmpty()) {
      lines.add(line);
    }
    current.setLength(0);
  }
}
