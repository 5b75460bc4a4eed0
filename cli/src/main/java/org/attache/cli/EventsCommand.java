package org.attache.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache events}: queries stored events; each carries all the articles that report it. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Query stored events. Merged events carry all their source articles.")
final class EventsCommand extends IoCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin QueryOptions query;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or table (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    DocumentWriter.Format fmt = ExtractCommand.parseFormat(format);
    try (EventStore db = store.open()) {
      EventQuery q = query.toQuery(db);
      try (PrintStream file = outFile == null ? null
          : new PrintStream(new FileOutputStream(outFile.toFile()), false, StandardCharsets.UTF_8)) {
        StoredEventWriter writer = new StoredEventWriter(file == null ? out : file, fmt);
        db.scan(q, writer::write);
        writer.finish();
        (file == null ? out : file).flush();
      }
      return Main.OK;
    } catch (StoreException e) {
      throw StoreOptions.StoreFailure.of(e);
    }
  }

  /** The filters {@code events} and {@code export} share. */
  static final class QueryOptions {
    @Option(names = "--actor", paramLabel = "X", description = "an actor code or its prefix (IRNGOV), or part of a name (Lavrov)")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "events with this country on either side")
    String country;

    @Option(names = "--dyad", paramLabel = "A,B", description = "events between two countries, either direction")
    String dyad;

    @Option(names = "--code", paramLabel = "PREFIX", description = "a CAMEO code prefix: 04 (consult), 057 (sign agreement)")
    String code;

    @Option(names = "--from", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD")
    String to;

    @Option(names = "--query", paramLabel = "TEXT", description = "full-text search of the evidence and actors")
    String text;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + EventQuery.MAX_LIMIT, description = "at most N events")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip the first N events")
    int offset;

    EventQuery toQuery(EventStore db) throws StoreException {
      EventQuery q;
      try {
        q = EventQuery.all().page(limit, offset).withActor(actor).withCountry(country).withCode(code);
        if (dyad != null) {
          String[] parts = dyad.split(",", -1);
          if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("--dyad takes two countries separated by a comma, like IRN,RUS; was '" + dyad + "'");
          }
          q = q.withDyad(parts[0], parts[1]);
        }
        q = q.between(from == null ? null : EventQuery.bound(from, false), to == null ? null : EventQuery.bound(to, true));
        if (text != null && !text.isBlank()) {
          q = q.withIds(db.searchEvents(text, EventQuery.MAX_LIMIT));
        }
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(e.getMessage());
      }
      return q;
    }
  }
}
