/**
 * The contract's wire formats for the model's records: the JSON of event records and stored
 * events, written by the command line, the store and the REST API alike and read back by the
 * store, so that field names cannot drift apart.
 */
package org.attache.format;
