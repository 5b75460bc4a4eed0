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
 * @param sourceFirst the first token of the source's phrase, or 0
 * @param sourceLast the last token of the source's phrase, or 0
 * @param targetFirst the first token of the target's phrase, or 0
 * @param targetLast the last token of the target's phrase, or 0
 * @param announced whether the act is announced for the future rather than reported
 */
public record CodedEvent(String code, String source, String target, int trigger, int sourceHead, int targetHead,
    String sourceActor, String targetActor, boolean patterned, int sourceFirst, int sourceLast, int targetFirst,
    int targetLast, boolean announced) {
  public CodedEvent {
    Objects.requireNonNull(code, "code");
  }
}
