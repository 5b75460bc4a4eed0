package org.attache.reference;

import java.util.Properties;

/**
 * Checks the manifest every bundled resource folder carries: it must name the data's source,
 * licence and date. Stateless.
 */
public final class Manifests {
  private Manifests() {}

  /**
   * Reads {@code folder/MANIFEST.properties} from the class path and checks it.
   *
   * @param folder a class-path folder such as {@code /org/attache/data/places}
   * @return the manifest's properties
   * @throws IllegalStateException when the manifest is missing or lacks a source, licence or date
   */
  public static Properties check(String folder) {
    return Tsv.manifest(folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder);
  }
}
