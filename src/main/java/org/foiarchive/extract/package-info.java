/**
 * Extraction: snapshot bytes to a {@link org.foiarchive.extract.Document} of parts (messages,
 * pages), with Tika and jsoup.
 */
package org.foiarchive.extract;
