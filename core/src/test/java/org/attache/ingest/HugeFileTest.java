package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 MB files of one line each (text, JSON Lines, HTML, and a WARC record), generated here and
 * read, cleaned and dated in a JVM with a {@value #HEAP} heap: each gives a diagnostic naming the
 * file and the limit ({@link ReaderConfig#DEFAULT_MAX_BYTES}), never an OutOfMemoryError; a 30 MB
 * line under the limit gives a document. Writes 830 MB to the temporary folder, so it runs only
 * with {@code -Preliability}.
 */
@Tag("reliability")
class HugeFileTest {
  private static final String HEAP = "-Xmx256m";
  private static final long HUGE = 200L * 1000 * 1000;

  @TempDir Path dir;

  @Test
  void readAndClean_200MbSingleLines_diagnosticsInASmallHeap() throws Exception {
    Path txt = line(dir.resolve("huge.txt"), "", HUGE, "");
    Path jsonl = line(dir.resolve("huge.jsonl"), "{\"id\": \"huge\", \"text\": \"", HUGE, "\"}\n");
    Path html = line(dir.resolve("huge.html"), "<html><body><p>", HUGE, "</p></body></html>");
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
    Path warc = line(dir.resolve("huge.warc"), "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/huge\r\n"
        + "Content-Length: " + (http.length() + HUGE) + "\r\n\r\n" + http, HUGE, "\r\n\r\n");
    Path under = line(dir.resolve("long-but-allowed.txt"), "", 30L * 1000 * 1000, "");

    List<String> out = probe(txt, jsonl, html, warc, under);
    for (Path huge : List.of(txt, jsonl, html)) {
      assertThat(out).as(huge.toString()).contains("diagnostic " + huge + ": file too large (" + Files.size(huge)
          + " bytes; the limit is " + ReaderConfig.DEFAULT_MAX_BYTES + ")");
    }
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("diagnostic " + warc).contains("too large"));
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("document " + under + " "));
    System.out.println("HugeFileTest: " + String.join("; ", out));
  }

  /** Writes {@code head}, then {@code size} bytes of words with no line break, then {@code tail}. */
  private static Path line(Path file, String head, long size, String tail) throws IOException {
    byte[] chunk = "Envoys met in Moscow and talked ".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (long left = size; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** Runs {@link HugeFileProbe} in a JVM with a small heap; returns its output lines. */
  private static List<String> probe(Path... files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-cp", System.getProperty("java.class.path"), HugeFileProbe.class.getName()));
    Arrays.stream(files).map(Path::toString).forEach(command::add);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the probe finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("OutOfMemoryError");
    return output.lines().toList();
  }
}
