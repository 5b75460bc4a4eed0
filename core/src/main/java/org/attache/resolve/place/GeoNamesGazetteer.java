package org.attache.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Location;
import org.attache.reference.Fold;
import org.attache.reference.Manifests;
import org.attache.reference.ResourceFormatException;

/**
 * The bundled GeoNames gazetteer: 32,847 populated places and every country. A name finds the
 * place a news reader would mean: in the expected country when one is given, else a capital
 * before a provincial seat before the most populous namesake. Immutable and thread-safe.
 */
public final class GeoNamesGazetteer {
  private static final String FOLDER = "/org/attache/data/places/";

  /** One gazetteer row. */
  record Place(long id, String name, String country, double lat, double lon, long population, String feature) {
    int rank() {
      return switch (feature) {
        case "PCLI" -> 0;
        case "PPLC" -> 1;
        case "PPLA" -> 2;
        default -> 3;
      };
    }
  }

  private final Map<String, List<Place>> byName;
  private final Map<Long, Place> byId;

  private GeoNamesGazetteer(Map<String, List<Place>> byName) {
    this.byName = byName;
    Map<Long, Place> ids = new HashMap<>();
    byName.values().forEach(list -> list.forEach(p -> ids.putIfAbsent(p.id(), p)));
    ids.remove(0L);
    this.byId = ids;
  }

  /** The place with this GeoNames id, when the gazetteer holds it. */
  public Optional<Location> byId(long geonamesId) {
    Place p = byId.get(geonamesId);
    return p == null ? Optional.empty() : Optional.of(new Location(p.name(), p.country(), p.lat(), p.lon(), p.id()));
  }

  private static final class Bundled {
    static final GeoNamesGazetteer INSTANCE = load();
  }

  /** The bundled gazetteer, read once per JVM. */
  public static GeoNamesGazetteer bundled() {
    return Bundled.INSTANCE;
  }

  private static GeoNamesGazetteer load() {
    try {
      Manifests.check(FOLDER);
      try (InputStream in = GeoNamesGazetteer.class.getResourceAsStream(FOLDER + "places.tsv")) {
        if (in == null) {
          throw new IllegalStateException("gazetteer missing from the build: " + FOLDER + "places.tsv");
        }
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer", e);
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("the bundled gazetteer is malformed: " + e.getMessage(), e);
    }
  }

  static GeoNamesGazetteer read(BufferedReader r) throws IOException, ResourceFormatException {
    Map<String, List<Place>> map = new HashMap<>();
    String header = r.readLine();
    int lineNo = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new ResourceFormatException("places.tsv", lineNo, "expected 7 tab-separated fields, found " + f.length);
      }
      String[] names = f[1].split("\\|");
      Place p;
      try {
        p = new Place(Long.parseLong(f[0]), names[0], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
            Long.parseLong(f[5]), f[6]);
      } catch (NumberFormatException e) {
        throw new ResourceFormatException("places.tsv", lineNo, "expected numbers for id, lat, lon, population, found '" + line + "'");
      }
      for (String n : names) {
        map.computeIfAbsent(key(n), k -> new ArrayList<>()).add(p);
      }
    }
    if (header == null) {
      throw new ResourceFormatException("places.tsv", 1, "expected a header, found an empty file");
    }
    return new GeoNamesGazetteer(map);
  }

  private static final String ADMINISTRATIVE_SUFFIX =
      "(?i)\\s+(Strip|Oblast|Province|Governorate|Region|District|Prefecture|Krai|Raion|Department|County|Division)$";

  private static String key(String name) {
    return Fold.fold(name).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The place a name most likely means.
   *
   * @param expectedCountry ISO alpha-3 of the country the context points to, or null
   */
  public Optional<Location> find(String name, String expectedCountry) {
    String bare = name.replaceFirst("(?i)^the\\s+", "");
    List<Place> candidates = byName.getOrDefault(key(bare), List.of());
    if (candidates.isEmpty()) {
      // "Gaza Strip", "Donetsk Oblast", "Idlib Governorate": a region named after its city is in
      // that city's country (the gazetteer holds cities, not regions).
      String city = bare.replaceFirst(ADMINISTRATIVE_SUFFIX, "");
      candidates = city.equals(bare) || city.isBlank() ? List.of() : byName.getOrDefault(key(city), List.of());
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Comparator<Place> best = Comparator.comparingInt((Place p) -> expectedCountry != null && p.country().equals(expectedCountry) ? 0 : 1)
        .thenComparingInt(Place::rank)
        .thenComparing(Comparator.comparingLong(Place::population).reversed());
    Place p = candidates.stream().min(best).orElseThrow();
    return Optional.of(new Location(p.name(), p.country(), p.lat(), p.lon(), p.id() == 0 ? null : p.id()));
  }
}
