/**
 * Fetching: polite HTTP (robots.txt, per-host delay, conditional GET, retries, limits) into the
 * corpus, with source-specific discovery.
 */
package org.foiarchive.fetch;
