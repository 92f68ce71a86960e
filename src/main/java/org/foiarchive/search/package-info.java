/** Search: the user's query language, ranking, highlighting, facets and document views over the index; citations and evidence bundles. */
package org.foiarchive.search;
