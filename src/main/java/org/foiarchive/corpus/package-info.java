/**
 * The corpus: the manifest of sources and the content-addressed snapshots that are the archive's
 * source of truth.
 */
package org.foiarchive.corpus;
