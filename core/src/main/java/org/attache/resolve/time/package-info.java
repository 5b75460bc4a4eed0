/**
 * Resolving an event's time expression ("on Wednesday", "earlier in February", "last month",
 * "in December 2023") against its article's publication date: the right direction (reports look
 * back, announcements forward), the right year, and the precision the words allow.
 * {@link org.attache.resolve.time.TimeResolver} is the entry point.
 */
package org.attache.resolve.time;
