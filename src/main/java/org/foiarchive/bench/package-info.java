/**
 * Benchmarks: a generator of realistic corpora at any size, and measurements of ingest, search and
 * start-up.
 */
package org.foiarchive.bench;
