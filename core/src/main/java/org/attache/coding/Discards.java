package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Phrases that mark a sentence (or, with {@code +}, a whole story) as not about politics: sports
 * fixtures, weather. Immutable after reading.
 */
public final class Discards {
  private final List<List<String>> sentence;
  private final List<List<String>> story;

  private Discards(List<List<String>> sentence, List<List<String>> story) {
    this.sentence = List.copyOf(sentence);
    this.story = List.copyOf(story);
  }

  static Discards none() {
    return new Discards(List.of(), List.of());
  }

  static Discards read(Reader in) throws IOException {
    List<List<String>> sentence = new ArrayList<>();
    List<List<String>> story = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
      String line = Phrases.stripComment(raw).replaceFirst(";.*$", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("+")) {
        story.add(Phrases.words(line.substring(1)));
      } else {
        sentence.add(Phrases.words(line));
      }
    }
    return new Discards(sentence, story);
  }

  /** Whether the upper-case words contain a discard phrase. */
  boolean discards(List<String> words) {
    for (List<List<String>> set : List.of(sentence, story)) {
      for (List<String> phrase : set) {
        if (java.util.Collections.indexOfSubList(words, phrase) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
