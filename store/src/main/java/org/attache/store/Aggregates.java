package org.attache.store;

import java.util.List;

/**
 * Summaries of stored events that the analyst's page draws: a dyad's timeline, the network of
 * who acts on whom, the actors, the places. Immutable records.
 */
public final class Aggregates {
  private Aggregates() {}

  /**
   * One month of a dyad's relations.
   *
   * @param month {@code YYYY-MM}
   * @param events how many events
   * @param meanGoldstein their mean Goldstein score (-10 conflict to +10 cooperation)
   * @param quadCounts events per quad class: verbal cooperation, material cooperation, verbal
   *     conflict, material conflict
   */
  public record TimelinePoint(String month, long events, double meanGoldstein, List<Long> quadCounts) {
    public TimelinePoint {
      quadCounts = List.copyOf(quadCounts);
    }
  }

  /** Who acted on whom, by country: how often and how cooperatively on average. */
  public record NetworkEdge(String source, String target, long events, double meanGoldstein) {}

  /** An actor code with its country, a name it goes by, and how many events it takes part in. */
  public record ActorCount(String code, String country, String name, long events) {}

  /** A place events happened in, with their number and mean Goldstein score. */
  public record PlaceCount(String name, String country, double lat, double lon, long events, double meanGoldstein) {}
}
