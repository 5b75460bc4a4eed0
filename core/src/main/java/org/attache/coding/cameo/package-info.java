/**
 * The CAMEO event-code table that the event coder's output is read against: for each code its
 * label, Goldstein conflict–cooperation score, GDELT quad class and PLOVER event category, loaded
 * from the bundled {@code cameo.tsv} with a manifest naming its sources and licences.
 * {@link org.attache.coding.cameo.CameoCodes} is the entry point; its lookup falls back to the
 * nearest listed ancestor, so a code missing from the table still gets its parent's values.
 */
package org.attache.coding.cameo;
