/**
 * Reference data shared by the stages: countries with their names and adjectives, and office
 * holders with dated terms. Loaded from the project's resources, each with a manifest naming its
 * source and licence; a malformed line is a {@link org.attache.reference.ResourceFormatException}
 * naming the file and line.
 */
package org.attache.reference;
