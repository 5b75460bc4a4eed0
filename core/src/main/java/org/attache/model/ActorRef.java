package org.attache.model;

import java.util.Objects;

/**
 * An actor as an event names it. Immutable.
 *
 * @param text the words of the sentence that name it ("Iran's Ambassador to Russia, Kazem Jalali")
 * @param name the actor's name when known ("Kazem Jalali", "Russia"), else null
 * @param code the full CAMEO actor code ("IRNGOVDIP"), else null
 * @param country ISO alpha-3 of the actor's state, or an international organisation's CAMEO code
 *     ("IGOUNO"), else null
 */
public record ActorRef(String text, String name, String code, String country) {
  public ActorRef {
    Objects.requireNonNull(text, "text");
  }
}
