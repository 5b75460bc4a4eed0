/**
 * Places: a GeoNames gazetteer and the resolution of the place phrase attached to an event ("in
 * Moscow", "at the UN headquarters in New York") to a location with coordinates.
 * {@link org.attache.resolve.place.GeoNamesGazetteer} is the entry point.
 */
package org.attache.resolve.place;
