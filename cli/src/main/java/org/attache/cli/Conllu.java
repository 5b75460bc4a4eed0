package org.attache.cli;

import java.io.PrintStream;
import org.attache.model.AnnotatedDocument;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;

/** Writes annotated sentences as CoNLL-U, with the document and sentence as comments. */
final class Conllu {
  private Conllu() {}

  static void write(PrintStream out, AnnotatedDocument doc) {
    for (ParsedSentence s : doc.sentences()) {
      out.println("# doc = " + doc.document().document().id());
      out.println("# sent_id = " + s.index());
      out.println("# text = " + s.text().replace('\n', ' '));
      for (Token t : s.tokens()) {
        out.println(String.join("\t", String.valueOf(t.index()), t.word(), t.lemma(), t.upos(), t.xpos(), "_",
            t.head() < 0 ? "_" : String.valueOf(t.head()), t.deprel(), "_", "NER=" + t.ner()));
      }
      out.println();
    }
  }
}
