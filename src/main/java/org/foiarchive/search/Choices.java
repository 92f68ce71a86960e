package org.foiarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The values asked for one closed-vocabulary filter ({@code kind:}, {@code voice:}), read into
 * their type. A name that is none of the vocabulary is kept apart rather than dropped: the filter
 * was asked for, so it still restricts the search (to nothing, when no name was understood).
 *
 * @param recognised the values read, in the order asked, without repeats
 * @param unrecognised the names that are none of the vocabulary, as typed
 */
public record Choices<T>(List<T> recognised, List<String> unrecognised) {

  public Choices {
    recognised = recognised.stream().distinct().toList();
    unrecognised = List.copyOf(unrecognised);
  }

  public static <T> Choices<T> none() {
    return new Choices<>(List.of(), List.of());
  }

  /** Each name read with {@code reader} (for example {@code SourceKind::fromId}). */
  public static <T> Choices<T> read(List<String> names, Function<String, Optional<T>> reader) {
    List<T> recognised = new ArrayList<>();
    List<String> unrecognised = new ArrayList<>();
    for (String name : names) {
      reader.apply(name).ifPresentOrElse(recognised::add, () -> unrecognised.add(name));
    }
    return new Choices<>(recognised, unrecognised);
  }

  /** These choices and those, as one filter: a value of either matches. */
  public Choices<T> and(Choices<T> other) {
    return new Choices<>(
        Stream.concat(recognised.stream(), other.recognised.stream()).toList(),
        Stream.concat(unrecognised.stream(), other.unrecognised.stream()).toList());
  }

  /** True when nothing was asked, so nothing is filtered. */
  public boolean isEmpty() {
    return recognised.isEmpty() && unrecognised.isEmpty();
  }
}
