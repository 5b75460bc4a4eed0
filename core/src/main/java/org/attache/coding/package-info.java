/**
 * Event coding: from dependency-parsed sentences to CAMEO-coded events between coded actors.
 * The dictionaries are the field's PETRARCH/Phoenix formats (verb patterns with synsets, actors
 * with dated codes, agents, discards), read by {@link org.attache.coding.Dictionaries}; the coder,
 * {@link org.attache.coding.DependencyCoder}, works over Universal Dependencies rather than the
 * constituency trees PETRARCH used: a verb's subject is the source, its object, indirect object or
 * oblique actor the target, and the verb's pattern (its object noun, prepositional phrases)
 * decides the code.
 */
package org.attache.coding;
