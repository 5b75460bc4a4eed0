package org.attache.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.Location;
import org.attache.model.StoredEvent;

/**
 * The contract's JSON for event records and stored events: written by {@code extract}, {@code
 * events} and the REST API, read back by the store (which keeps each report's record). One
 * place, so the field names cannot drift apart.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  /** The event record as one line of JSON. */
  public static String write(Event e) {
    return write(g -> fields(g, e));
  }

  /** A stored event: the merged record plus {@code mentions}, {@code sources} and {@code conflicts}. */
  public static String write(StoredEvent s) {
    return write(g -> {
      fields(g, s.event());
      g.writeArrayFieldStart("mentions");
      for (StoredEvent.Mention m : s.mentions()) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("doc", m.doc());
        g.writeStringField("sentence", m.sentence());
        span(g, "span", m.spanStart(), m.spanEnd());
        g.writeStringField("date", m.date());
        g.writeStringField("date_basis", m.dateBasis());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("sources", s.sources());
      g.writeArrayFieldStart("conflicts");
      for (String c : s.conflicts()) {
        g.writeString(c);
      }
      g.writeEndArray();
    });
  }

  /** Reads an event record written by {@link #write(Event)}. */
  public static Event read(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      JsonNode span = n.get("span");
      return new Event(n.get("id").asText(), n.get("doc").asText(), n.get("code").asText(), n.path("quad_class").asInt(),
          n.path("goldstein").asDouble(), text(n, "plover"), actor(n.get("source")), actor(n.get("target")),
          text(n, "date"), text(n, "date_basis"), location(n.get("location")), n.get("sentence").asText(),
          span.get(0).asInt(), span.get(1).asInt(), n.path("confidence").asDouble(), trigger(n.get("trigger")));
    } catch (IOException e) {
      throw new UncheckedIOException("not an event record: " + e.getMessage(), e);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("event record lacks a required field: " + json, e);
    }
  }

  /** Reads a stored event written by {@link #write(StoredEvent)}. */
  public static StoredEvent readStored(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      List<StoredEvent.Mention> mentions = new ArrayList<>();
      for (JsonNode m : n.get("mentions")) {
        JsonNode span = m.get("span");
        mentions.add(new StoredEvent.Mention(m.get("id").asText(), m.get("doc").asText(), m.get("sentence").asText(),
            span.get(0).asInt(), span.get(1).asInt(), text(m, "date"), text(m, "date_basis")));
      }
      List<String> conflicts = new ArrayList<>();
      n.get("conflicts").forEach(c -> conflicts.add(c.asText()));
      return new StoredEvent(read(json), mentions, n.get("sources").asInt(), conflicts);
    } catch (IOException e) {
      throw new UncheckedIOException("not a stored event: " + e.getMessage(), e);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("stored event lacks a required field: " + json, e);
    }
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(s)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return s.toString();
  }

  private static void fields(JsonGenerator g, Event e) throws IOException {
    g.writeStringField("id", e.id());
    g.writeStringField("doc", e.doc());
    g.writeStringField("code", e.code());
    g.writeNumberField("quad_class", e.quadClass());
    g.writeNumberField("goldstein", e.goldstein());
    g.writeStringField("plover", e.plover());
    g.writeFieldName("source");
    actor(g, e.source());
    g.writeFieldName("target");
    actor(g, e.target());
    g.writeStringField("date", e.date());
    g.writeStringField("date_basis", e.dateBasis());
    g.writeFieldName("location");
    location(g, e.location());
    g.writeStringField("sentence", e.sentence());
    span(g, "span", e.spanStart(), e.spanEnd());
    g.writeNumberField("confidence", e.confidence());
    g.writeFieldName("trigger");
    Event.Trigger t = e.trigger();
    if (t == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("text", t.text());
      g.writeStringField("lemma", t.lemma());
      span(g, "span", t.begin(), t.end());
      g.writeEndObject();
    }
  }

  private static void span(JsonGenerator g, String name, int start, int end) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeNumber(start);
    g.writeNumber(end);
    g.writeEndArray();
  }

  private static void actor(JsonGenerator g, ActorRef a) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("text", a.text());
    g.writeStringField("name", a.name());
    g.writeStringField("code", a.code());
    g.writeStringField("country", a.country());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    if (l == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("name", l.name());
    g.writeStringField("country", l.country());
    if (l.lat() == null) {
      g.writeNullField("lat");
      g.writeNullField("lon");
    } else {
      g.writeNumberField("lat", l.lat());
      g.writeNumberField("lon", l.lon());
    }
    if (l.geonamesId() == null) {
      g.writeNullField("geonames_id");
    } else {
      g.writeNumberField("geonames_id", l.geonamesId());
    }
    g.writeEndObject();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static ActorRef actor(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new ActorRef(n.get("text").asText(), text(n, "name"), text(n, "code"), text(n, "country"));
  }

  private static Location location(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    JsonNode lat = n.get("lat");
    JsonNode id = n.get("geonames_id");
    return new Location(n.get("name").asText(), text(n, "country"),
        lat == null || lat.isNull() ? null : lat.asDouble(),
        lat == null || lat.isNull() ? null : n.get("lon").asDouble(),
        id == null || id.isNull() ? null : id.asLong());
  }

  private static Event.Trigger trigger(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    JsonNode span = n.get("span");
    return new Event.Trigger(n.get("text").asText(), n.get("lemma").asText(), span.get(0).asInt(), span.get(1).asInt());
  }

  /** The names of an event record's fields, in order, for CSV headers and checks. */
  public static List<String> fieldNames() {
    return new ArrayList<>(List.of("id", "doc", "code", "quad_class", "goldstein", "plover", "source", "target", "date",
        "date_basis", "location", "sentence", "span", "confidence", "trigger"));
  }
}
