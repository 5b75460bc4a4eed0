/**
 * The {@code attache} command line of CONTRACT.md: {@code extract}, {@code ingest}, {@code events},
 * {@code serve}, {@code demo}, {@code eval}. The only place (with the server) that builds
 * configuration; it wires the stages and writes their output. Exit codes: 0 success, 1 the input
 * had errors but the run finished, 2 usage error.
 */
package org.attache.cli;
