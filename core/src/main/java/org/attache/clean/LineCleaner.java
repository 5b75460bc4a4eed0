package org.attache.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Line-level boilerplate removal: the pass every article goes through after main-text
 * extraction, because extraction alone leaves share prompts, cookie banners, bylines and lists of
 * other articles' headlines behind (the Press TV seed ends with six of them). Rules look at one
 * line, then at the leading and trailing runs of lines that are not body paragraphs.
 *
 * <p>Design decision: a rule removes a whole line or nothing. Editing inside a paragraph would
 * shift the offsets of the sentences that remain and risk cutting the article's own words; a
 * line-level verdict is easy to show and to audit ({@code removed} in the document).
 *
 * <p>Stateless and thread-safe.
 */
final class LineCleaner {
  static final String SHARE = "share-prompt";
  static final String COMMENTS = "comment-notice";
  static final String COOKIES = "cookie-banner";
  static final String TEASERS = "teaser-headlines";
  static final String AGENCY_CODE = "agency-code";
  static final String BYLINE = "byline";
  static final String SITE_NAME = "site-name";
  static final String TIMESTAMP = "timestamp";
  static final String TITLE = "title";
  static final String CHROME = "page-chrome";

  private static final Pattern SHARE_LINE = Pattern.compile(
      "(?i)^(you can )?(share|tweet|email|print|send)( (this|the))?( (article|story|page|post))?( (on|via|with)( social media| facebook| twitter| x| whatsapp| telegram)?)?\\s*[:.!]?$"
          + "|^(?i)(follow us|subscribe|sign up|join us|click here|download (our|the) app)\\b.{0,120}$"
          + "|^(?i)follow\\b.{0,60}\\b(for (more|the latest)|updates|on (twitter|facebook|x|telegram|instagram|whatsapp|social media))\\b.{0,30}$"
          + "|^(?i)(facebook|twitter|whatsapp|telegram|linkedin|email|print|copy link|vk|reddit)"
          + "([\\s|•·,/]+(facebook|twitter|whatsapp|telegram|linkedin|email|print|copy link|vk|reddit|x))*$");
  private static final Pattern COMMENT_LINE = Pattern.compile(
      "(?i)^(comments? (are|is) (closed|disabled|turned off)|(leave|post|add|write) a (comment|reply)"
          + "|\\d+ comments?|comments?|join the (conversation|discussion)|show comments|view comments"
          + "|be the first to comment|you must be logged in to post a comment).{0,40}$");
  private static final Pattern COOKIE_WORDS = Pattern.compile("(?i)\\bcookies?\\b");
  private static final Pattern COOKIE_CONTEXT = Pattern.compile(
      "(?i)\\b(accept|consent|agree|opt[- ]out|privacy|experience|settings|preferences|we use|uses)\\b");
  private static final Pattern TEASER_HEADING = Pattern.compile(
      "(?i)^(read (also|more)|also read|see also|most (read|popular|viewed|shared)|related( (articles|stories|news|posts|content|coverage))?"
          + "|more (from|on|stories|news)( .{0,30})?|recommended( for you)?|you (may|might) (also )?like|latest( news| stories)?|trending( now)?"
          + "|top stories|editor'?s picks|popular( (now|stories))?|what to read next|more like this)\\s*:?$");
  private static final Pattern READ_MORE_INLINE = Pattern.compile(
      "(?i)^(read (also|more)|also read|see also|related|recommended|watch)\\s*[:|–—-]\\s*\\S.{0,200}$");
  private static final Pattern AGENCY_CODE_LINE = Pattern.compile(
      "^[A-Z]{1,5}/\\d{6,}$|^\\(?(AFP|AP|Reuters|IRNA|TASS|Xinhua|ANI|PTI|IANS|dpa|Anadolu|Mehr|Tasnim|ISNA|Fars|WAFA|SANA|KUNA|WAM|SPA)\\)?$"
          + "|^[—–-]\\s*(AFP|AP|Reuters|IRNA|TASS|Xinhua|ANI|PTI|IANS|dpa)$|^/[A-Z]{2,8}/$");
  private static final Pattern BYLINE_LINE = Pattern.compile(
      "^(?i:by|von|par|por|di|door)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|und|et|y|e|&|de|van|von|al|bin)){0,6}(\\s*[,|–—-]\\s*.{0,60})?$"
          + "|^(?i)(written|reported|posted|edited|compiled) by\\b.{0,80}$|^(?i)(author|reporter|editor|correspondent|staff writer)s?\\s*[:|].{0,80}$"
          + "|^\\((?i)(reporting|writing|additional reporting|editing) by\\b.{0,200}\\)$");
  private static final Pattern TIMESTAMP_LINE = Pattern.compile(
      "(?i)^(published|posted|updated|last updated|first published|date|created|veröffentlicht|aktualisiert|stand)?\\s*(on|at|:)?\\s*"
          + "[\\p{L}\\d.,:/ -]{4,60}(\\d{4}|\\d{1,2}:\\d{2})[\\p{L}\\d.,:/ ()+-]{0,30}$");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

  /** Applies every rule to the lines in place. */
  void clean(List<Line> lines, String knownTitle) {
    for (Line line : lines) {
      String reason = lineRule(line.text);
      if (reason != null) {
        line.remove(reason);
      } else if (knownTitle != null && sameText(line.text, knownTitle)) {
        line.remove(TITLE);
      }
    }
    removeTeaserRuns(lines);
    removeTrailer(lines);
  }

  /** The verdict on one line taken alone, or null to keep it. */
  static String lineRule(String text) {
    int words = Texts.wordCount(text);
    if (words <= 14 && SHARE_LINE.matcher(text).matches()) {
      return SHARE;
    }
    if (words <= 12 && COMMENT_LINE.matcher(text).matches()) {
      return COMMENTS;
    }
    if (words <= 80 && COOKIE_WORDS.matcher(text).find() && COOKIE_CONTEXT.matcher(text).find()) {
      return COOKIES;
    }
    if (words <= 8 && AGENCY_CODE_LINE.matcher(text).matches()) {
      return AGENCY_CODE;
    }
    if (words <= 14 && BYLINE_LINE.matcher(text).matches()) {
      return BYLINE;
    }
    if (words <= 10 && !Texts.endsLikeSentence(text) && HAS_DIGIT.matcher(text).find()
        && TIMESTAMP_LINE.matcher(text).matches()) {
      return TIMESTAMP;
    }
    if (READ_MORE_INLINE.matcher(text).matches() && words <= 30) {
      return TEASERS;
    }
    return null;
  }

  /**
   * A heading like "Most read" and the headline-like lines after it; and any run of lines that
   * end in a truncating ellipsis (two or more anywhere, or one among the last lines).
   */
  private static void removeTeaserRuns(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kept() && TEASER_HEADING.matcher(lines.get(i).text).matches()) {
        lines.get(i).remove(TEASERS);
        for (int j = i + 1; j < lines.size() && isHeadlineLike(lines.get(j)); j++) {
          lines.get(j).remove(TEASERS);
        }
      }
    }
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && Texts.endsWithEllipsis(lines.get(j).text) && lines.get(j).words() <= 40) {
        j++;
      }
      boolean atEnd = j >= lastKept(lines);
      // One line cut off with "…" is a teaser anywhere: an article's own sentences are not cut.
      boolean truncated = j - i == 1 && lines.get(i).text.strip().endsWith("…");
      if (j - i >= 2 || (j - i == 1 && (atEnd || truncated))) {
        for (int k = i; k < j; k++) {
          lines.get(k).remove(TEASERS);
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static int lastKept(List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).kept()) {
        return i;
      }
    }
    return -1;
  }

  /** Short and not a sentence: a headline, a menu entry, a site name. */
  static boolean isHeadlineLike(Line line) {
    int words = line.words();
    return words <= 20 && (!Texts.endsLikeSentence(line.text) || Texts.endsWithEllipsis(line.text));
  }

  /** A paragraph of the article: ends like a sentence with a few words, or is long. */
  static boolean isBodyLike(Line line) {
    return line.kept() && ((Texts.endsLikeSentence(line.text) && line.words() >= 4) || line.words() >= 25);
  }

  /**
   * After the last body paragraph, short lines that are not sentences are page furniture: the
   * site's name, a section label, a copyright notice.
   */
  private static void removeTrailer(List<Line> lines) {
    int lastBody = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (isBodyLike(lines.get(i))) {
        lastBody = i;
        break;
      }
    }
    for (int i = lastBody + 1; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kept() && isHeadlineLike(line)) {
        line.remove(line.text.toLowerCase(Locale.ROOT).contains("©") ? CHROME : SITE_NAME);
      }
    }
    if (lastBody >= 0) {
      for (int i = 0; i < lastBody; i++) {
        Line line = lines.get(i);
        if (line.kept() && line.text.strip().startsWith("©") && line.words() <= 20) {
          line.remove(CHROME);
        }
      }
    }
  }

  static boolean sameText(String a, String b) {
    return normalizeForCompare(a).equals(normalizeForCompare(b));
  }

  private static String normalizeForCompare(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
