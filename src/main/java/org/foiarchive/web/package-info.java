/**
 * The web archive: search, documents, passages and the JSON API, read-only, with strict security
 * headers.
 */
package org.foiarchive.web;
