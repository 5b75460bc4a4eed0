package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agents in the PETRARCH format: {@code PHRASE {PLURAL} [~CODE]}, where {@code ~GOV} is added after
 * an actor's code and {@code NGO~} before it; regular plurals are made unless {@code {}} says
 * otherwise; {@code !PERSON! = MAN, MEN, ...} substitution markers expand inside words.
 * Immutable after reading.
 */
public final class AgentDictionary {
  /** An agent: the code and whether it goes before the actor's code. */
  record Agent(String code, boolean prefix) {}

  /** A phrase that names an agent. */
  record Entry(List<String> words, Agent agent) {}

  private final Map<String, List<Entry>> byFirstWord;

  private AgentDictionary(Map<String, List<Entry>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  List<Entry> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  static AgentDictionary read(String file, Reader in) throws IOException, DictionaryFormatException {
    return read(file, in, Problems.STRICT);
  }

  static AgentDictionary read(String file, Reader in, Problems problems) throws IOException, DictionaryFormatException {
    return read(file, in, problems, null);
  }

  /** Reads agents that add to {@code base}; among phrases of one length the new ones win. */
  static AgentDictionary read(String file, Reader in, Problems problems, AgentDictionary base)
      throws IOException, DictionaryFormatException {
    Map<String, List<String>> markers = new HashMap<>();
    Map<String, List<Entry>> map = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    int lineNo = 0;
    for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
      lineNo++;
      String line = Phrases.stripComment(raw).strip();
      if (line.isEmpty() || line.startsWith("<!--")) {
        continue;
      }
      if (line.startsWith("!") && line.contains("=")) {
        String name = line.substring(0, line.indexOf('=')).strip();
        List<String> values = new ArrayList<>();
        for (String v : line.substring(line.indexOf('=') + 1).split(",")) {
          values.add(v.strip().toUpperCase(java.util.Locale.ROOT));
        }
        markers.put(name, values);
        continue;
      }
      try {
        addEntry(file, lineNo, line, markers, map);
      } catch (DictionaryFormatException e) {
        problems.report(e);
      }
    }
    if (base != null) {
      base.byFirstWord.forEach((k, v) -> map.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    map.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    return new AgentDictionary(map);
  }

  private static void addEntry(String file, int lineNo, String line, Map<String, List<String>> markers,
      Map<String, List<Entry>> map) throws DictionaryFormatException {
    String code = Phrases.bracket(line);
    if (code == null || !code.contains("~")) {
      throw new DictionaryFormatException(file, lineNo, "expected an agent code like [~GOV] or [NGO~], found '" + line + "'");
    }
    code = code.replace(" ", "");
    Agent agent = code.startsWith("~") ? new Agent(code.substring(1), false) : new Agent(code.substring(0, code.length() - 1), true);
    String phrase = line.substring(0, line.indexOf('[')).strip();
    String plural = null;
    int brace = phrase.indexOf('{');
    if (brace >= 0) {
      plural = phrase.substring(brace + 1, phrase.indexOf('}', brace)).strip();
      phrase = phrase.substring(0, brace).strip();
    }
    for (String expanded : expand(phrase, markers)) {
      List<String> words = Phrases.words(expanded);
      put(map, words, agent);
      if (plural == null) {
        List<String> p = new ArrayList<>(words);
        p.set(p.size() - 1, Phrases.plural(p.get(p.size() - 1)));
        put(map, p, agent);
      } else if (!plural.isEmpty()) {
        put(map, Phrases.words(plural), agent);
      }
    }
  }

  private static void put(Map<String, List<Entry>> map, List<String> words, Agent agent) {
    if (!words.isEmpty()) {
      map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(List.copyOf(words), agent));
    }
  }

  private static List<String> expand(String phrase, Map<String, List<String>> markers) {
    for (Map.Entry<String, List<String>> m : markers.entrySet()) {
      if (phrase.contains(m.getKey())) {
        List<String> out = new ArrayList<>();
        for (String v : m.getValue()) {
          out.addAll(expand(phrase.replace(m.getKey(), v), markers));
        }
        return out;
      }
    }
    return List.of(phrase);
  }
}
