package org.attache.coding;

import java.util.Objects;

/**
 * An event the coder found in one sentence. Immutable.
 *
 * @param code the CAMEO event code
 * @param source the source actor's code, or null when it could not be coded
 * @param target the target actor's code, or null for an event without a target
 * @param trigger the 1-based index of the verb or noun that triggered it
 * @param sourceHead the 1-based index of the source phrase's head, or 0
 * @param targetHead the 1-based index of the target phrase's head, or 0
 * @param sourceActor the source's actor code before agents were added ("IRN" for "IRNGOVDIP")
 * @param targetActor the same for the target, or null
 * @param patterned whether a verb pattern (not only the verb) decided the code
 */
public record CodedEvent(String code, String source, String target, int trigger, int sourceHead, int targetHead,
    String sourceActor, String targetActor, boolean patterned) {
  public CodedEvent {
    Objects.requireNonNull(code, "code");
  }
}
