package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verb patterns in the PETRARCH 2 format: synonym sets ({@code &TREATY} with {@code +} lines),
 * verb blocks ({@code --- AGREE [050] ---} followed by the block's verbs, with irregular forms in
 * {@code {...}} and multi-word verbs such as {@code +CORDON_OFF} or {@code WIRE_+TAP}), and the
 * block's patterns ({@code - * (TO {PEACE PLAN}) [037]}). A code may carry the reverse event
 * after a colon ({@code [042:043]}): the target's event towards the source. Immutable after
 * reading.
 */
public final class VerbDictionary {
  /** A verb with its default code and the patterns of every block it appears in. */
  record Verb(String lemma, List<String> before, List<String> after, String code, List<VerbPattern> patterns) {}

  private final Map<String, List<Verb>> byForm;
  private final Map<String, List<List<String>>> synsets;

  private VerbDictionary(Map<String, List<Verb>> byForm, Map<String, List<List<String>>> synsets) {
    this.byForm = byForm;
    this.synsets = synsets;
  }

  /** The verbs (single- and multi-word) whose verb word has this upper-case form or lemma. */
  List<Verb> lookup(String form) {
    return byForm.getOrDefault(form, List.of());
  }

  static VerbDictionary read(String file, Reader in) throws IOException, DictionaryFormatException {
    return read(file, in, Problems.STRICT);
  }

  static VerbDictionary read(String file, Reader in, Problems problems) throws IOException, DictionaryFormatException {
    return new Parser(file, problems, null).parse(new BufferedReader(in));
  }

  /**
   * Reads a file that adds to {@code base}: its synonym sets are known, and a verb that appears
   * again gains the new block's patterns.
   */
  static VerbDictionary read(String file, Reader in, VerbDictionary base) throws IOException, DictionaryFormatException {
    return new Parser(file, Problems.STRICT, base).parse(new BufferedReader(in));
  }

  /** The reading state: synsets defined so far, the current block. */
  private static final class Parser {
    private final String file;
    private final Problems problems;
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final Map<String, List<Verb>> byForm = new LinkedHashMap<>();
    private String currentSynset;
    private String blockCode;
    private final List<String[]> blockVerbs = new ArrayList<>();
    private final List<List<String>> blockForms = new ArrayList<>();
    private List<VerbPattern> blockPatterns = new ArrayList<>();
    private int lineNo;

    Parser(String file, Problems problems, VerbDictionary base) {
      this.file = file;
      this.problems = problems;
      if (base != null) {
        synsets.putAll(base.synsets);
        base.byForm.forEach((k, v) -> byForm.put(k, new ArrayList<>(v)));
      }
    }

    VerbDictionary parse(BufferedReader r) throws IOException, DictionaryFormatException {
      for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
        lineNo++;
        String line = Phrases.stripComment(raw).strip();
        if (line.isEmpty() && !raw.isBlank()) {
          continue; // a comment line does not end a synonym set; a blank line does
        }
        try {
          line(line);
        } catch (DictionaryFormatException e) {
          problems.report(e);
        }
      }
      endBlock();
      return new VerbDictionary(byForm, synsets);
    }

    private void line(String line) throws DictionaryFormatException {
      if (line.isEmpty()) {
        currentSynset = null;
        return;
      }
      if (line.startsWith("&")) {
        currentSynset = line.split("\\s+")[0];
        synsets.put(currentSynset.replaceFirst("_$", ""), new ArrayList<>());
      } else if (line.startsWith("+") && currentSynset != null) {
        synonym(line.substring(1));
      } else if (line.startsWith("---")) {
        endBlock();
        String code = Phrases.bracket(line);
        blockCode = code == null ? "---" : code;
      } else if (line.startsWith("-")) {
        blockPatterns.add(VerbPattern.parse(file, lineNo, line.substring(1).strip(), synsets));
      } else if (line.startsWith("*") && line.contains("[")) {
        // A pattern whose leading '-' was forgotten (the validation suite has one): unambiguous.
        blockPatterns.add(VerbPattern.parse(file, lineNo, line, synsets));
      } else if (line.startsWith("~")) {
        return; // transformations ("~ a (a b WILL_ATTACK) SAY = a b 138"): not used by this coder
      } else {
        verbLine(line);
      }
    }

    private void synonym(String phrase) {
      List<List<String>> members = synsets.get(currentSynset.replaceFirst("_$", ""));
      String p = phrase.strip();
      if (p.startsWith("&")) {
        members.addAll(synsets.getOrDefault(p.replaceFirst("_$", ""), List.of()));
        return;
      }
      List<String> words = Phrases.words(p.replace("(", "").replace(")", ""));
      members.add(words);
      boolean plurals = !currentSynset.endsWith("_") && !p.endsWith("_");
      if (plurals && !words.isEmpty()) {
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, Phrases.plural(plural.get(plural.size() - 1)));
        members.add(plural);
      }
    }

    private void verbLine(String line) throws DictionaryFormatException {
      String code = Phrases.bracket(line);
      String rest = line.replaceFirst("\\[.*$", "").strip();
      List<String> forms = new ArrayList<>();
      int brace = rest.indexOf('{');
      if (brace >= 0) {
        int close = rest.indexOf('}', brace);
        if (close < 0) {
          throw new DictionaryFormatException(file, lineNo, "expected '}' closing the verb forms, found '" + line + "'");
        }
        for (String f : rest.substring(brace + 1, close).trim().split("\\s+")) {
          if (!f.isEmpty()) {
            forms.add(f);
          }
        }
        rest = rest.substring(0, brace).strip();
      }
      if (rest.isEmpty() || rest.contains(" ")) {
        throw new DictionaryFormatException(file, lineNo, "expected a verb such as ABANDON or +CORDON_OFF, found '" + line + "'");
      }
      blockVerbs.add(new String[] {rest, code});
      blockForms.add(forms);
    }

    private void endBlock() {
      for (int i = 0; i < blockVerbs.size(); i++) {
        String[] v = blockVerbs.get(i);
        Verb verb = verb(v[0], v[1] != null ? v[1] : blockCode, List.copyOf(blockPatterns));
        boolean ownCode = v[1] != null;
        index(verb.lemma(), verb, ownCode);
        for (String form : blockForms.get(i)) {
          index(verbWord(form), verb, ownCode);
        }
      }
      blockVerbs.clear();
      blockForms.clear();
      blockPatterns = new ArrayList<>();
    }

    /**
     * Files the verb under a form. The same verb in a later block adds its patterns to the earlier
     * ones, and replaces the earlier code only when it gives the verb a code of its own
     * ("REJECT [120]" inside a block), not through the block's.
     */
    private void index(String form, Verb verb, boolean ownCode) {
      List<Verb> list = byForm.computeIfAbsent(form, k -> new ArrayList<>());
      for (int i = 0; i < list.size(); i++) {
        Verb old = list.get(i);
        if (old.before().equals(verb.before()) && old.after().equals(verb.after())) {
          String code = ownCode ? verb.code() : old.code();
          if (old.code() != null && old.code().equals(code) && old.patterns().containsAll(verb.patterns())) {
            return; // another form of a verb this block has already merged
          }
          List<VerbPattern> merged = new ArrayList<>(old.patterns());
          merged.addAll(verb.patterns());
          Verb updated = new Verb(old.lemma(), old.before(), old.after(), code, List.copyOf(merged));
          list.set(i, updated);
          // Its other forms ("TOOK" for TAKE) are the same verb: they gain the patterns too.
          for (List<Verb> other : byForm.values()) {
            other.replaceAll(x -> x == old ? updated : x);
          }
          return;
        }
      }
      list.add(verb);
    }

    /** "+CORDON_OFF": verb CORDON, then OFF; "WIRE_+TAP": WIRE, then verb TAP; "ABANDON": itself. */
    private static Verb verb(String spec, String code, List<VerbPattern> patterns) {
      List<String> parts = Phrases.words(spec.replace("+", " + ").replace("_", " "));
      int plus = parts.indexOf("+");
      if (plus < 0) {
        return new Verb(parts.get(0), List.of(), List.copyOf(parts.subList(1, parts.size())), code, patterns);
      }
      List<String> words = new ArrayList<>(parts);
      words.remove(plus);
      return new Verb(words.get(plus), List.copyOf(words.subList(0, plus)), List.copyOf(words.subList(plus + 1, words.size())), code, patterns);
    }

    private static String verbWord(String form) {
      List<String> parts = Phrases.words(form.replace("+", " + ").replace("_", " "));
      int plus = parts.indexOf("+");
      return plus >= 0 && plus + 1 < parts.size() ? parts.get(plus + 1) : parts.get(0);
    }
  }
}
