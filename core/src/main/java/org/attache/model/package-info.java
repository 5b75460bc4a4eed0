/**
 * The immutable records that pass between Attaché's stages: a {@link org.attache.model.RawArticle}
 * as read, a cleaned {@link org.attache.model.Document}, its {@link org.attache.model.Publication}
 * date, and the {@link org.attache.model.Diagnostic}s a stage reports instead of throwing. Nothing
 * here does work; every stage package depends on this one and on nothing later in the flow.
 */
package org.attache.model;
