package org.foiarchive.search;

import java.util.List;
import java.util.Map;

/**
 * A user's query after the front end has read it: the search terms, the field filters, and notices
 * telling the user what was not understood and how it was treated instead.
 *
 * @param words plain words in the order typed (ranked, none required)
 * @param groups required alternatives: each group needs one of its items (phrases, +words, "a OR b")
 * @param excluded words and phrases that must not appear
 * @param filters field filters by field name (topic, kind, voice, publisher, ref, after, before)
 */
public record ParsedQuery(List<String> words, List<List<Item>> groups, List<Item> excluded,
    Map<String, List<String>> filters, List<String> notices) {

  /** A phrase, a word or a word prefix (trailing *). */
  public record Item(Type type, String text) {
    public enum Type {
      WORD,
      PHRASE,
      PREFIX
    }
  }

  public boolean hasSearchTerms() {
    return !words.isEmpty() || !groups.isEmpty();
  }
}
