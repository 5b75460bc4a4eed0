/**
 * The bundled sample: short articles written for Attaché in the styles real input has, used by
 * {@code attache demo} and by tests. {@link org.attache.sample.Sample} loads them from the
 * classpath by the resource folder's {@code index.txt}.
 */
package org.attache.sample;
