package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.SearchIndex;
import org.attache.store.StoreException;
import org.attache.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache search}: full-text search over stored articles and events. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles and events: words, \"phrases\", AND, OR, NOT, prefix*.")
final class SearchCommand extends IoCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--kind", description = "documents, events or all (default: ${DEFAULT-VALUE})", defaultValue = "all")
  String kind;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N hits (default: ${DEFAULT-VALUE})")
  int limit;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "what to look for")
  List<String> words;

  @Override
  public Integer call() {
    SearchIndex.Kind k = switch (kind) {
      case "documents" -> SearchIndex.Kind.DOCUMENT;
      case "events" -> SearchIndex.Kind.EVENT;
      case "all" -> null;
      default -> throw new Main.UsageException("unknown kind '" + kind + "' (expected documents, events or all)");
    };
    if (limit < 1) {
      throw new Main.UsageException("--limit must be at least 1, was " + limit);
    }
    try (EventStore db = store.open()) {
      List<SearchIndex.Hit> hits;
      try {
        hits = db.search(String.join(" ", words), k, limit);
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(e.getMessage());
      }
      for (SearchIndex.Hit h : hits) {
        boolean doc = h.kind() == SearchIndex.Kind.DOCUMENT;
        String id = doc ? db.document(h.id()).map(StoredDocument::doc).orElse(h.id()) : h.id();
        out.printf("%-8s %-28s %6.2f  %s%n", doc ? "document" : "event", DocumentWriter.clip(id, 28), h.score(),
            DocumentWriter.clip(h.snippet().replace('\n', ' '), 100));
      }
      err.println("attache: " + hits.size() + " hits");
      return Main.OK;
    } catch (StoreException e) {
      throw StoreOptions.StoreFailure.of(e);
    }
  }
}
