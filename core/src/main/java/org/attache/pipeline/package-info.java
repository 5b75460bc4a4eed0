/**
 * The flow put together: read, clean and date the document, in one place that the command line,
 * the server and Spark all drive. It owns no logic of its own beyond order and error isolation.
 */
package org.attache.pipeline;
