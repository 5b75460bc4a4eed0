package org.attache.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte-level checks and decoding shared by the readers. Stateless. */
final class Decoding {
  private static final int SNIFF = 8192;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private Decoding() {}

  /**
   * Why these bytes are not text, or null when they look like text. Text with a UTF-16
   * byte-order mark is text; the decoder checks it.
   */
  static String binaryReason(byte[] bytes) {
    if (utf16(bytes) != null) {
      return null;
    }
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return looksLikeUtf16(bytes, n)
            ? "UTF-16 text without a byte-order mark (NUL bytes at every other offset): save it as UTF-8, "
                + "or as UTF-16 with a byte-order mark"
            : "binary content (a NUL byte at offset " + i + ")";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 10 > n ? "binary content (" + control + " control bytes in the first " + n + ")" : null;
  }

  /**
   * Decodes plain text: UTF-16 when a byte-order mark says so (as Windows editors save
   * "Unicode" text), else strict UTF-8; a byte-order mark is dropped.
   *
   * @throws MalformedTextException naming the byte offset of the first invalid sequence
   */
  static String text(byte[] bytes) throws MalformedTextException {
    Charset utf16 = utf16(bytes);
    return decode(bytes, utf16 != null ? utf16 : StandardCharsets.UTF_8);
  }

  /** The UTF-16 byte order a byte-order mark announces, or null (UTF-32's marks are not UTF-16's). */
  static Charset utf16(byte[] b) {
    if (b.length < 2) {
      return null;
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (b0 == 0xfe && b1 == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    boolean utf32le = b.length >= 4 && b[2] == 0 && b[3] == 0;
    return b0 == 0xff && b1 == 0xfe && !utf32le ? StandardCharsets.UTF_16LE : null;
  }

  /** Whether the first bytes alternate between NUL and not, as ASCII-heavy UTF-16 does. */
  private static boolean looksLikeUtf16(byte[] bytes, int n) {
    int pairs = Math.min(n, 256) / 2;
    if (pairs < 2) {
      return false;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenNul += bytes[i] == 0 ? 1 : 0;
      oddNul += bytes[i + 1] == 0 ? 1 : 0;
    }
    return Math.max(evenNul, oddNul) * 10 >= pairs * 8 && Math.min(evenNul, oddNul) * 10 <= pairs;
  }

  /**
   * Decodes an HTML page: by its byte-order mark (UTF-8 or UTF-16, over any declaration, as
   * browsers do), else the charset it (or its HTTP header) declares, else strict UTF-8. A declared
   * legacy charset is honoured, since that is what the page says it is; undeclared bytes that are
   * not UTF-8 are an error.
   */
  static String html(byte[] bytes, String declaredByHeader) throws MalformedTextException {
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      return decode(bytes, utf16);
    }
    Charset declared = charsetOrNull(declaredByHeader);
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      declared = m.find() ? charsetOrNull(m.group(1)) : null;
    }
    if (hasUtf8Bom(bytes) || declared == null || declared.equals(StandardCharsets.UTF_8)) {
      return decode(bytes, StandardCharsets.UTF_8);
    }
    // Design decision: a page that declares a legacy charset is decoded leniently in it; the
    // declaration is the publisher's word and a stray byte should not lose the article.
    return new String(bytes, declared);
  }

  static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private static String decode(byte[] bytes, Charset charset) throws MalformedTextException {
    int start = charset.equals(StandardCharsets.UTF_8) ? (hasUtf8Bom(bytes) ? 3 : 0) : utf16(bytes) != null ? 2 : 0;
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new MalformedTextException(
          "not valid " + charset.name() + " (invalid byte sequence at offset " + in.position() + ")");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Bytes that are not text in the expected encoding. */
  static final class MalformedTextException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedTextException(String message) {
      super(message);
    }
  }
}
