package org.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cheap test for a sentence that can hold a time expression: a digit, a month, a weekday, a
 * unit of time, a season, a holiday or a word SUTime reads as a reference to the present, past or
 * future. Runs on words and tags only. Stateless; thread-safe.
 *
 * <p>Design decision: SUTime and CoreNLP's numeric classifiers took about half of the
 * annotation time, most of it on sentences where they find nothing. A sentence without any of
 * these words cannot hold an expression that SUTime resolves to a date, time, duration or set,
 * so it skips them. The word list errs wide: a false cue only costs the time it would have cost
 * anyway. Number words on their own ("two", "first") are not cues: they give NUMBER and ORDINAL
 * tags, which Attaché does not read.
 */
final class TimeCues {
  /** Lower-case words that are a cue wherever they occur. */
  private static final Set<String> WORDS = Set.of(
      "january", "february", "april", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
      "oct.", "nov.", "dec.", "sept",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
      "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
      "today", "tonight", "yesterday", "tomorrow", "now", "nowadays", "currently", "current",
      "recently", "recent", "lately", "previously", "formerly", "ago", "earlier", "later", "soon",
      "past", "present", "future", "once", "twice", "hence", "time",
      "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
      "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year", "years",
      "decade", "decades", "century", "centuries", "millennium", "millennia", "quarter",
      "quarters", "semester", "season", "seasons", "era", "yesteryear", "eve",
      "hourly", "daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly", "yearly",
      "annual", "annually", "biannual", "semiannual", "anniversary",
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
      "overnight", "midnight", "noon", "midday", "dawn", "dusk", "daybreak", "sunrise", "sunset",
      "o'clock", "a.m.", "p.m.", "am", "pm",
      "spring", "summer", "autumn", "fall", "winter", "springtime", "summertime", "wintertime",
      "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah", "passover",
      "valentine", "nowruz", "eid", "diwali", "kwanzaa", "xmas",
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
      "mid", "medieval", "millennial", "centennial", "bicentennial", "weekday", "weekdays",
      "hrs", "hr", "mins", "min", "secs", "sec", "yr", "yrs", "mo", "wk", "wks");

  /** Words that are a cue only when capitalised: "May", "March", "Sun." are also plain words. */
  private static final Set<String> CAPITALISED = Set.of("may", "march", "mar", "mar.", "jun",
      "jul", "aug", "oct", "nov", "dec", "jan", "feb", "apr", "mon", "mon.", "tue", "tue.",
      "tues", "tues.", "wed", "wed.", "thu", "thu.", "thur", "thur.", "thurs", "thurs.", "fri",
      "fri.", "sat", "sat.", "sun", "sun.");

  private TimeCues() {}

  /**
   * The stretches of the sentence within {@code reach} tokens of a cue, as [from, to) token
   * index pairs in order, overlapping and touching stretches merged; empty without a cue.
   */
  static List<int[]> windows(List<CoreLabel> tokens, int reach) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isCue(tokens.get(i).word())) {
        continue;
      }
      int from = Math.max(0, i - reach);
      int to = Math.min(tokens.size(), i + reach + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = to;
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  static boolean isCue(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    if (matches(word)) {
      return true;
    }
    // "year-long", "mid-March", "pre-war-era": any part of a hyphenated word
    if (word.indexOf('-') > 0) {
      for (String part : word.split("-")) {
        if (!part.isEmpty() && matches(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return WORDS.contains(lower)
        || (Character.isUpperCase(word.charAt(0)) && CAPITALISED.contains(lower));
  }
}
