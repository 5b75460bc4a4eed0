package org.attache.eval;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.clean.Cleaner;
import org.attache.model.Document;
import org.attache.model.RawArticle;

/**
 * Turns an evaluation page into a cleaned document the way the readers and cleaner would.
 * Evaluation pages are decoded leniently (their declared charset, else UTF-8 with replacement)
 * because scoring a page that a strict reader would reject tells nothing about extraction.
 */
final class PageProcessor {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
  private final Cleaner cleaner = new Cleaner();

  Document clean(String id, byte[] html, String url) {
    return cleaner.clean(new RawArticle(id, id, RawArticle.Kind.HTML, decode(html), url, null, null, null));
  }

  static String decode(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    Charset cs = StandardCharsets.UTF_8;
    if (m.find()) {
      try {
        cs = Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        cs = StandardCharsets.UTF_8; // an unknown charset name: UTF-8 is the likeliest truth
      }
    }
    return new String(bytes, cs);
  }
}
