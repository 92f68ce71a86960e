/**
 * Search: the user's query language, ranking, highlighting, facets and document views over the
 * index.
 */
package org.foiarchive.search;
