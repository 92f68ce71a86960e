/**
 * Ingest: corpus to extract to passages to tags to index, with no Spring, usable from the CLI and
 * the server.
 */
package org.foiarchive.ingest;
