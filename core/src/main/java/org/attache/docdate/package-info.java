/**
 * Dating the document: from a cleaned {@link org.attache.model.Document} and the date clues its
 * page offered to a {@link org.attache.model.Publication}: a day or a range, with its basis.
 * Direct evidence first (metadata, header line, agency code, URL, dateline), then inference from
 * the text: the terms of office of the officials it names with their titles, the latest explicit
 * date it mentions, and weekday consistency. {@link org.attache.docdate.DocumentDater} is the
 * entry point.
 */
package org.attache.docdate;
