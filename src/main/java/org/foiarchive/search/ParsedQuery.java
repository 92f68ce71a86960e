package org.foiarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's query after the front end has read it: the search terms, the field filters, and notices
 * telling the user what was not understood and how it was treated instead.
 *
 * @param words plain words in the order typed (ranked, none required)
 * @param groups required alternatives: each group needs one of its items (phrases, +words, "a OR
 *     b")
 * @param excluded words and phrases that must not appear
 * @param freeText the query as typed with its filters taken out: where references ("FOI 2437") and
 *     paragraph numbers ("para 51") are looked for
 * @param filterValues the values typed for each filter, in the order typed, as typed
 * @param typedFilters the same filters read into their types: what the search applies
 * @param notes the notices as codes with their arguments; {@link #notices()} gives them in English
 */
public record ParsedQuery(
    List<String> words,
    List<List<Item>> groups,
    List<Item> excluded,
    String freeText,
    Map<Filter, List<String>> filterValues,
    TypedFilters typedFilters,
    List<Notice> notes) {

  /** The notices in English, as the JSON API and the command line show them. */
  public List<String> notices() {
    return Notice.english(notes);
  }

  /** A phrase, a word or a word prefix (trailing *). */
  public record Item(Type type, String text) {
    public enum Type {
      WORD,
      PHRASE,
      PREFIX
    }
  }

  /** The values typed for one filter, as typed; empty when it was not typed. */
  public List<String> values(Filter filter) {
    return filterValues.getOrDefault(filter, List.of());
  }

  /** The filters by the names typed ("topic"), in the order first typed: how a reader sees them. */
  public Map<String, List<String>> filters() {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    filterValues.forEach((filter, values) -> byName.put(filter.typed(), values));
    return byName;
  }

  public boolean hasSearchTerms() {
    return !words.isEmpty() || !groups.isEmpty();
  }
}
