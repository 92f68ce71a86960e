/**
 * Tagging: topics (queries from {@code corpus/topics.yml}) and references (FOI, DMG, Acts...) found
 * in passages.
 */
package org.foiarchive.tag;
