/**
 * Actors: a description such as "Iran's foreign minister" or "the Russian president" resolved to
 * the person who held that office on the event's day. {@link org.attache.resolve.actor.OfficeLookup}
 * is the entry point.
 */
package org.attache.resolve.actor;
