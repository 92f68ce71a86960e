/**
 * The Lucene index: every field with why, the analyzers, and writing a new index generation
 * atomically.
 */
package org.foiarchive.index;
