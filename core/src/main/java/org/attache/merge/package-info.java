/**
 * Deciding when two event reports describe the same happening: within one article (the
 * "met ... on Wednesday" sentence and the "during the meeting" sentence after it) and across
 * articles (ten outlets reporting one meeting), and spotting near-duplicate articles (the same
 * story re-posted with other boilerplate). Pure functions over the model's records; the store
 * calls them as it writes.
 */
package org.attache.merge;
