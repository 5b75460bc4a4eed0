/**
 * Where Attaché keeps what it has read: documents, each article's event reports, and the events
 * merged from them, in an embedded DuckDB file by default or in PostgreSQL for a team, through one
 * JDBC layer with versioned migrations; a Lucene index for full-text search; and exports. The only
 * package that touches JDBC and Lucene.
 */
package org.attache.store;
