/**
 * Annotation: the contract between the flow and whatever linguistic analysis backs it. The
 * {@code nlp} module implements {@link org.attache.annotate.Annotator} with Stanford CoreNLP; no
 * CoreNLP type crosses this boundary.
 */
package org.attache.annotate;
