package org.attache.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.attache.annotate.Annotator;
import org.attache.model.Basis;
import org.attache.model.DatedDocument;
import org.attache.model.Document;
import org.attache.model.EntityMention;
import org.attache.model.Location;
import org.attache.model.Publication;
import org.attache.resolve.place.GeoNamesGazetteer;

/**
 * Place recognition and resolution on GeoWebNews (BRAT annotations of 200 news articles): the
 * annotator's place mentions (CITY, COUNTRY, STATE_OR_PROVINCE, LOCATION) resolved with the
 * bundled gazetteer, against the gold toponyms (literal and associative types, as the corpus
 * defines them). Precision and recall count overlapping spans; acc161 is the share of recognised
 * gold places with known coordinates that Attaché puts within 161 km of them.
 */
public final class PlacesEval {
  private static final Set<String> TOPONYMS = Set.of("Literal", "Literal_Modifier", "Mixed", "Coercion",
      "Embedded_Literal", "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit");
  private static final Set<String> PLACE_TYPES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");

  private final Annotator annotator;
  private final GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();

  public PlacesEval(Annotator annotator) {
    this.annotator = annotator;
  }

  /** A gold toponym: span and, when the annotators gave them, coordinates or a GeoNames id. */
  record Gold(int begin, int end, Double lat, Double lon, Long geonamesId) {}

  static List<Path> files(Path folder) throws IOException {
    Path dir = Files.isDirectory(folder.resolve("GeoWebNews")) ? folder.resolve("GeoWebNews") : folder;
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (out.isEmpty()) {
        throw new IllegalArgumentException("not a GeoWebNews folder: no .txt/.ann pairs in " + dir);
      }
      return out;
    }
  }

  public int size(Path folder) throws IOException {
    return files(folder).size();
  }

  /** The gold toponyms of one BRAT annotation file. */
  static List<Gold> gold(List<String> ann) {
    Map<String, int[]> spans = new LinkedHashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (String line : ann) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[0].startsWith("T")) {
        String[] typeSpan = f[1].split(" ");
        if (typeSpan.length == 3 && TOPONYMS.contains(typeSpan[0])) {
          spans.put(f[0], new int[] {Integer.parseInt(typeSpan[1]), Integer.parseInt(typeSpan[2])});
        }
      } else if (f.length >= 3 && f[0].startsWith("#")) {
        String[] target = f[1].split(" ");
        if (target.length == 2) {
          notes.put(target[1], f[2].strip());
        }
      }
    }
    List<Gold> out = new ArrayList<>();
    spans.forEach((id, span) -> {
      String note = notes.get(id);
      Double lat = null;
      Double lon = null;
      Long gid = null;
      if (note != null && note.matches("-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?")) {
        String[] ll = note.split(",");
        lat = Double.parseDouble(ll[0].strip());
        lon = Double.parseDouble(ll[1].strip());
      } else if (note != null && note.matches("\\d+")) {
        gid = Long.parseLong(note);
      }
      out.add(new Gold(span[0], span[1], lat, lon, gid));
    });
    return out;
  }

  public EvalReport run(Path folder, IntConsumer progress) throws IOException {
    Map<Long, Location> byId = new HashMap<>();
    int gold = 0;
    int found = 0;
    int matchedSystem = 0;
    int matchedGold = 0;
    int located = 0;
    int within = 0;
    int done = 0;
    List<PendingDistance> pending = new ArrayList<>();
    for (Path txt : files(folder)) {
      Path annFile = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".ann"));
      if (!Files.exists(annFile)) {
        continue;
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      List<Gold> golds = gold(Files.readAllLines(annFile, StandardCharsets.UTF_8));
      Document doc = new Document(txt.getFileName().toString(), txt.toString(), null, text, List.of(), "en", null, null, List.of());
      List<EntityMention> places = annotator.annotate(new DatedDocument(doc,
          Publication.on(LocalDate.of(2018, 1, 1), Basis.METADATA, "GeoWebNews"))).entities().stream()
          .filter(m -> PLACE_TYPES.contains(m.type())).toList();
      gold += golds.size();
      found += places.size();
      for (EntityMention m : places) {
        if (golds.stream().anyMatch(g -> g.begin() < m.end() && m.begin() < g.end())) {
          matchedSystem++;
        }
      }
      for (Gold g : golds) {
        EntityMention m = places.stream().filter(x -> g.begin() < x.end() && x.begin() < g.end()).findFirst().orElse(null);
        if (m == null) {
          continue;
        }
        matchedGold++;
        Location ours = gazetteer.find(m.text(), null).orElse(null);
        pending.add(new PendingDistance(g, ours));
      }
      progress.accept(++done);
    }
    for (PendingDistance p : pending) {
      double[] truth = coordinates(p.gold());
      if (truth == null || p.ours() == null) {
        continue;
      }
      located++;
      if (km(truth[0], truth[1], p.ours().lat(), p.ours().lon()) <= 161) {
        within++;
      }
    }
    double precision = matchedSystem / (double) Math.max(1, found);
    double recall = matchedGold / (double) Math.max(1, gold);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("suite", "places");
    f.put("gold", String.valueOf(gold));
    f.put("found", String.valueOf(found));
    f.put("precision", EvalReport.rate(precision));
    f.put("recall", EvalReport.rate(recall));
    f.put("f1", EvalReport.rate(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
    f.put("scored161", String.valueOf(located));
    f.put("acc161", EvalReport.rate(within / (double) Math.max(1, located)));
    return new EvalReport(List.of(), f);
  }

  private record PendingDistance(Gold gold, Location ours) {}

  /** The gold place's coordinates: the annotators' own, or its GeoNames id in the bundled gazetteer. */
  private double[] coordinates(Gold g) {
    if (g.lat() != null) {
      return new double[] {g.lat(), g.lon()};
    }
    if (g.geonamesId() != null) {
      Location l = gazetteer.byId(g.geonamesId()).orElse(null);
      return l == null ? null : new double[] {l.lat(), l.lon()};
    }
    return null;
  }

  /** Great-circle distance in kilometres. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371.0;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
