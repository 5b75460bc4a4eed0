package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attache.clean.Cleaner;
import org.attache.model.Diagnostic;
import org.attache.model.Document;
import org.attache.model.RawArticle;

/** Whatever bytes a file holds, reading and cleaning it gives articles or diagnostics, never an exception. */
class ReaderProperties {
  private final ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULTS);
  private final Cleaner cleaner = new Cleaner();

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> texty = Arbitraries.strings().withCharRange('\u0000', '\u07FF').ofMaxLength(2000)
        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<byte[]> markup = Arbitraries.of("<", ">", "</p>", "<div>", "<script>", "{\"id\":", "\"text\":\"", "}\n", "&amp;",
        "<!--", "-->", "\r\n", "Iran met Russia. ", "\uFEFF").list().ofMaxSize(300)
        .map(parts -> String.join("", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, texty, markup);
  }

  @Property(tries = 400)
  void read_anyBytes_articlesOrDiagnosticsNeverExceptions(@ForAll("contents") byte[] bytes,
      @ForAll("names") String name) {
    List<RawArticle> articles = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    reader.read(name, name, bytes, new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        articles.add(article);
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        problems.add(diagnostic);
      }
    });
    assertThat(articles.size() + problems.size()).isPositive();
    for (RawArticle a : articles) {
      Document d = cleaner.clean(a);
      assertThat(d.text()).doesNotContain("\u0000");
      assertThat(d.id()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("a.txt", "a.html", "a.htm", "a.jsonl");
  }
}
