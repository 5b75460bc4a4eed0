package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Binding values to statements, nulls included, the same way on both databases. */
final class Rows {
  private Rows() {}

  /** Binds strings (any may be null) from parameter {@code first} on. */
  static void set(PreparedStatement p, int first, String... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        p.setNull(first + i, Types.VARCHAR);
      } else {
        p.setString(first + i, values[i]);
      }
    }
  }

  static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
    if (value == null) {
      p.setNull(index, Types.DOUBLE);
    } else {
      p.setDouble(index, value);
    }
  }

  /** Binds a filter's arguments: strings, and arrays of strings as SQL arrays. */
  static void bind(PreparedStatement p, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) instanceof String[] values) {
        p.setArray(i + 1, p.getConnection().createArrayOf("VARCHAR", values));
      } else {
        p.setString(i + 1, String.valueOf(args.get(i)));
      }
    }
  }
}
