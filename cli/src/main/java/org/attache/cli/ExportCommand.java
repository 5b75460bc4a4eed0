package org.attache.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.attache.model.StoredEvent;
import org.attache.store.EventExporter;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache export}: writes stored events to a file for R, pandas or a warehouse: CSV with
 * ICEWS's columns, JSON Lines, or Parquet. The same filters as {@code events}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events as ICEWS-style CSV, JSON Lines or Parquet.")
final class ExportCommand extends IoCommand implements Callable<Integer> {
  /** Events read from the store per round trip. */
  private static final int PAGE = 2000;

  @Mixin StoreOptions store;
  @Mixin EventsCommand.QueryOptions query;

  @Option(names = "--format", required = true, description = "icews (CSV with ICEWS's columns), jsonl or parquet")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (replaced when complete)")
  Path outFile;

  @Override
  public Integer call() {
    EventExporter.Format fmt;
    try {
      fmt = EventExporter.format(format);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    try (EventStore db = store.open()) {
      EventQuery q = query.toQuery(db);
      long n = EventExporter.export(() -> pages(db, q), fmt, outFile);
      err.println("attache: exported " + n + " events to " + outFile);
      return Main.OK;
    } catch (StoreException e) {
      throw StoreOptions.StoreFailure.of(e);
    } catch (IOException e) {
      err.println("attache: cannot write " + outFile + ": " + e.getMessage());
      return Main.INPUT_ERRORS;
    } catch (PageFailure e) {
      throw StoreOptions.StoreFailure.of(e.cause);
    }
  }

  /** The query's events a page at a time, so an export of millions never holds them all. */
  private static Iterator<StoredEvent> pages(EventStore db, EventQuery q) {
    return new Iterator<>() {
      private List<StoredEvent> page = List.of();
      private int index;
      private int offset = q.offset();
      private long left = q.limit();
      private boolean done;

      @Override
      public boolean hasNext() {
        if (index < page.size()) {
          return true;
        }
        if (done || left <= 0) {
          return false;
        }
        int size = (int) Math.min(PAGE, left);
        try {
          page = db.events(q.page(size, offset));
        } catch (StoreException e) {
          throw new PageFailure(e);
        }
        index = 0;
        offset += page.size();
        left -= page.size();
        done = page.size() < size;
        return !page.isEmpty();
      }

      @Override
      public StoredEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(index++);
      }
    };
  }

  /** A store error while paging, carried out of the iterator. */
  private static final class PageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient StoreException cause;

    PageFailure(StoreException cause) {
      super(cause.getMessage(), cause);
      this.cause = cause;
    }
  }
}
