/**
 * Resolution: from what the coder found in a sentence to the event record users read, with its
 * actors' words, names and countries, its own date and its evidence. Sub-packages resolve the
 * parts: {@code resolve.time} the dates. {@link org.attache.resolve.EventResolver} is the entry
 * point.
 */
package org.attache.resolve;
