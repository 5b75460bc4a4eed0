/**
 * The REST API and the analyst's web page, served by one Javalin process over the store: events
 * with filters and paging, one event with its evidence, documents, actors, a dyad's timeline,
 * search, and a token-protected endpoint that ingests articles. The page's libraries come from
 * WebJars; article text is untrusted and always rendered as text.
 */
package org.attache.server;
