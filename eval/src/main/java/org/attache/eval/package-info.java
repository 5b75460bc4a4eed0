/**
 * Evaluation: runs the public suites in {@code ../shared/data} against the pipeline and computes
 * the metrics the field publishes for them, so that Attaché's figures stand beside the anchors'.
 * Each suite returns an {@link org.attache.eval.EvalReport}: detail lines, then the contract's
 * last line of {@code key=value} pairs.
 */
package org.attache.eval;
