package org.attache.store;

/** The two databases the store runs on, and what differs between them. */
enum Dialect {
  DUCKDB,
  POSTGRES;

  static Dialect of(String url) throws StoreException {
    if (url.startsWith("jdbc:duckdb:")) {
      return DUCKDB;
    }
    if (url.startsWith("jdbc:postgresql://") || url.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    throw new StoreException(StoreException.Kind.USAGE, "unsupported store URL '" + url
        + "' (expected jdbc:duckdb:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE?user=NAME&password=SECRET)");
  }
}
