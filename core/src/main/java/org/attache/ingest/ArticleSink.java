package org.attache.ingest;

import org.attache.model.Diagnostic;
import org.attache.model.RawArticle;

/** Receives what a reader finds: articles and diagnostics, in input order. */
public interface ArticleSink {
  void article(RawArticle article);

  void diagnostic(Diagnostic diagnostic);
}
