package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The aggregate queries behind {@link Aggregates}, in SQL both databases run. */
final class Summaries {
  private Summaries() {}

  /** A dyad's events by month, both directions; undated events are left out. */
  static List<Aggregates.TimelinePoint> timeline(Connection c, String a, String b) throws SQLException {
    String sql = "SELECT SUBSTR(date_from, 1, 7) AS month, COUNT(*), AVG(goldstein), "
        + "SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) "
        + "FROM events WHERE date_from IS NOT NULL AND LENGTH(date) >= 7 "
        + "AND ((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)) "
        + "GROUP BY SUBSTR(date_from, 1, 7) ORDER BY month";
    String x = a.toUpperCase(Locale.ROOT);
    String y = b.toUpperCase(Locale.ROOT);
    List<Aggregates.TimelinePoint> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Rows.set(p, 1, x, y, y, x);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Aggregates.TimelinePoint(r.getString(1), r.getLong(2), round(r.getDouble(3)),
              List.of(r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7))));
        }
      }
    }
    return out;
  }

  /** Country-to-country edges of the events the query selects, the busiest first. */
  static List<Aggregates.NetworkEdge> network(Connection c, EventQuery q, int limit) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = Filters.where(q, args);
    String sql = "SELECT source_country, target_country, COUNT(*) AS n, AVG(goldstein) FROM events"
        + (where.isEmpty() ? " WHERE " : where + " AND ")
        + "source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
        + "GROUP BY source_country, target_country ORDER BY n DESC, source_country, target_country LIMIT " + limit;
    List<Aggregates.NetworkEdge> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Rows.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Aggregates.NetworkEdge(r.getString(1), r.getString(2), r.getLong(3), round(r.getDouble(4))));
        }
      }
    }
    return out;
  }

  /** Actor codes on either side, the busiest first, each with one name it goes by. */
  static List<Aggregates.ActorCount> actors(Connection c, int limit) throws SQLException {
    String sql = "SELECT code, MAX(country), MAX(name), COUNT(*) AS n FROM ("
        + "SELECT source_code AS code, source_country AS country, source_name AS name FROM events "
        + "UNION ALL SELECT target_code, target_country, target_name FROM events) AS sides "
        + "WHERE code IS NOT NULL GROUP BY code ORDER BY n DESC, code LIMIT " + limit;
    List<Aggregates.ActorCount> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new Aggregates.ActorCount(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
      }
    }
    return out;
  }

  /** The places of the events the query selects, the busiest first. */
  static List<Aggregates.PlaceCount> places(Connection c, EventQuery q, int limit) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = Filters.where(q, args);
    String sql = "SELECT location_name, MAX(location_country), AVG(lat), AVG(lon), COUNT(*) AS n, AVG(goldstein) "
        + "FROM events" + (where.isEmpty() ? " WHERE " : where + " AND ") + "lat IS NOT NULL AND lon IS NOT NULL "
        + "GROUP BY location_name ORDER BY n DESC, location_name LIMIT " + limit;
    List<Aggregates.PlaceCount> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Rows.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Aggregates.PlaceCount(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getLong(5),
              round(r.getDouble(6))));
        }
      }
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
