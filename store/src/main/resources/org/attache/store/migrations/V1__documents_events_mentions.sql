-- Attaché store, schema version 1. Portable SQL: runs unchanged on DuckDB and PostgreSQL.
-- Each statement ends with a semicolon at the end of a line.

CREATE TABLE documents (
  doc_key TEXT PRIMARY KEY,
  doc TEXT NOT NULL,
  origin TEXT,
  title TEXT,
  url TEXT,
  published TEXT,
  published_from TEXT,
  published_to TEXT,
  published_basis TEXT,
  language TEXT,
  body TEXT NOT NULL,
  duplicate_of TEXT,
  signature TEXT NOT NULL,
  events INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  ingested_at TEXT NOT NULL
);

CREATE INDEX documents_doc ON documents (doc);

CREATE INDEX documents_seq ON documents (seq);

CREATE TABLE document_bands (
  band TEXT NOT NULL,
  doc_key TEXT NOT NULL
);

CREATE INDEX document_bands_band ON document_bands (band);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  merge_key TEXT NOT NULL,
  code TEXT NOT NULL,
  quad_class INTEGER,
  goldstein DOUBLE PRECISION,
  plover TEXT,
  source_text TEXT,
  source_name TEXT,
  source_code TEXT,
  source_country TEXT,
  target_text TEXT,
  target_name TEXT,
  target_code TEXT,
  target_country TEXT,
  date TEXT,
  date_basis TEXT,
  date_from TEXT,
  date_to TEXT,
  location_name TEXT,
  location_country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  doc TEXT NOT NULL,
  sources INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  record TEXT NOT NULL
);

CREATE INDEX events_merge_key ON events (merge_key);

CREATE INDEX events_date_from ON events (date_from);

CREATE INDEX events_seq ON events (seq);

CREATE TABLE mentions (
  doc_key TEXT NOT NULL,
  id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (doc_key, id)
);

CREATE INDEX mentions_event ON mentions (event_id);

CREATE INDEX mentions_seq ON mentions (seq);
