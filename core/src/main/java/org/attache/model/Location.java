package org.attache.model;

import java.util.Objects;

/**
 * Where an event happened. Immutable.
 *
 * @param name the place's name
 * @param country ISO alpha-3 of its country, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param geonamesId the GeoNames id, or null
 */
public record Location(String name, String country, Double lat, Double lon, Long geonamesId) {
  public Location {
    Objects.requireNonNull(name, "name");
  }
}
