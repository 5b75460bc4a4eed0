/**
 * Cleaning: from a {@link org.attache.model.RawArticle} to a {@link org.attache.model.Document}
 * holding the article body alone. HTML pages go through main-text extraction (Readability4J on
 * jsoup) first; then every article, HTML or text, goes through a line-level pass that takes out
 * what survives extraction: share prompts, comment notices, cookie banners, lists of other
 * articles' teaser headlines, site names, bylines, agency codes. Every removed line is kept in
 * the document with its reason. What the page says about its publication date is collected as
 * unparsed {@link org.attache.model.DateClue}s for the dating stage. {@link org.attache.clean.Cleaner}
 * is the entry point.
 */
package org.attache.clean;
