/** Passages: documents cut into citable paragraphs, each with its label, context and voice. */
package org.foiarchive.passage;
