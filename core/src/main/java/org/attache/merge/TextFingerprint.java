package org.attache.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.attache.reference.Fold;

/**
 * Fingerprints of an article's cleaned text: an exact one (a SHA-256 of its words, so that
 * whitespace and case do not matter) for "the same article twice", and a MinHash signature of
 * its five-word shingles for "the same story re-posted with other boilerplate". Signatures are
 * split into bands so that a store can look up candidates by equality.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextFingerprint {
  /** Hash functions in a signature. */
  static final int HASHES = 64;
  /** Bands of {@link #ROWS} hashes each; two texts sharing one band are candidates. */
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  private static final int SHINGLE = 5;
  /** Estimated shingle overlap from which a text is a near-duplicate of another. */
  public static final double NEAR_DUPLICATE = 0.6;

  private TextFingerprint() {}

  /** A hex SHA-256 of the text's words, lower-cased and folded. */
  public static String exact(String text) {
    String normal = String.join(" ", words(text));
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The MinHash signature of the text's five-word shingles, as hex; empty for a text under five words. */
  public static String signature(String text) {
    List<String> w = words(text);
    if (w.size() < SHINGLE) {
      return "";
    }
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      long h = fnv(String.join(" ", w.subList(i, i + SHINGLE)));
      for (int k = 0; k < HASHES; k++) {
        long v = mix(h + 0x9E3779B97F4A7C15L * (k + 1));
        if (Long.compareUnsigned(v, min[k]) < 0) {
          min[k] = v;
        }
      }
    }
    StringBuilder s = new StringBuilder(HASHES * 16);
    for (long m : min) {
      s.append(String.format(Locale.ROOT, "%016x", m));
    }
    return s.toString();
  }

  /** The signature's bands, each a short string that equals another text's band when they agree on it. */
  public static List<String> bands(String signature) {
    List<String> out = new ArrayList<>();
    if (signature.isEmpty()) {
      return out;
    }
    for (int b = 0; b < BANDS; b++) {
      String part = signature.substring(b * ROWS * 16, (b + 1) * ROWS * 16);
      out.add(b + ":" + Long.toHexString(fnv(part)));
    }
    return out;
  }

  /** The share of hashes two signatures agree on: an estimate of their shingles' Jaccard overlap. */
  public static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.length() != b.length()) {
      return 0;
    }
    int same = 0;
    for (int k = 0; k < HASHES; k++) {
      if (a.regionMatches(k * 16, b, k * 16, 16)) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Fold.fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
