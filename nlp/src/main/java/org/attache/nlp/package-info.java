/**
 * Linguistic annotation with Stanford CoreNLP, the only package in Attaché that touches it:
 * {@link org.attache.nlp.CoreNlpAnnotator} turns a dated document into sentences, tokens with
 * lemmas and parts of speech, basic Universal Dependencies (on every sentence, or only on those
 * that can hold an event), fine-grained entity mentions (COUNTRY, CITY, NATIONALITY, TITLE ...)
 * and SUTime expressions, as the records of {@code org.attache.model}; no CoreNLP type leaves the
 * package. {@link org.attache.nlp.NlpConfig} chooses what runs, and {@link
 * org.attache.nlp.AnnotationBenchmark} measures what each choice costs.
 */
package org.attache.nlp;
