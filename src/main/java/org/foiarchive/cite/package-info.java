/**
 * Citing: citations of passages in every format, quote cards' facts, evidence bundles and their PDF
 * layout.
 */
package org.foiarchive.cite;
