package org.foiarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the archive's query language, the way people type it: words, {@code "exact phrases"},
 * {@code -exclude}, {@code OR}, {@code +required}, {@code word*}, and the filters {@code topic:},
 * {@code kind:}, {@code publisher:}, {@code voice:}, {@code ref:}, {@code after:}, {@code before:}.
 * It never fails: whatever it cannot read as syntax it reads as words, and says so in a notice.
 * Stateless and thread-safe.
 */
public final class QueryFrontEnd {
  /** Longer queries are cut: no one types more, and it bounds the cost of a query. */
  public static final int MAX_QUERY_CHARS = 1000;

  public static final int MAX_TERMS = 64;

  /** Characters of other engines' query syntax: read as spaces, with a notice. */
  private static final String SYNTAX_CHARS = "()[]{}^~\\<>=&|;`";

  public ParsedQuery parse(String input) {
    List<Notice> notices = new ArrayList<>();
    String text = input == null ? "" : input.replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", " ").strip();
    if (text.length() > MAX_QUERY_CHARS) {
      text = text.substring(0, MAX_QUERY_CHARS);
      notices.add(Notice.of(Notice.Code.QUERY_CUT, MAX_QUERY_CHARS));
    }
    List<Token> tokens = tokenize(text, notices);
    List<String> words = new ArrayList<>();
    List<List<ParsedQuery.Item>> groups = new ArrayList<>();
    List<ParsedQuery.Item> excluded = new ArrayList<>();
    Map<Filter, List<String>> filters = new LinkedHashMap<>();
    Set<Character> ignored = new TreeSet<>();
    int terms = 0;
    boolean pendingOr = false;
    boolean pendingNot = false;
    List<ParsedQuery.Item> lastGroup = null;
    String lastWord = null;

    for (Token token : tokens) {
      if (terms >= MAX_TERMS) {
        notices.add(Notice.of(Notice.Code.TERMS_CUT, MAX_TERMS));
        break;
      }
      if (!token.quoted
          && (token.text.equals("OR") || token.text.equals("||") || token.text.equals("|"))) {
        pendingOr = true;
        continue;
      }
      if (!token.quoted && (token.text.equals("AND") || token.text.equals("&&"))) {
        continue;
      }
      if (!token.quoted && token.text.equals("NOT")) {
        pendingNot = true;
        continue;
      }
      String field = token.field;
      Optional<Filter> filter = field == null ? Optional.empty() : Filter.named(field);
      if (filter.isPresent()) {
        String value = token.quoted ? token.text : strip(token.text, ignored);
        if (!value.isBlank()) {
          filters.computeIfAbsent(filter.get(), k -> new ArrayList<>()).add(value.strip());
        }
        pendingOr = false;
        continue;
      }
      boolean exclude = token.sign == '-' || pendingNot;
      boolean require = token.sign == '+';
      pendingNot = false;
      List<ParsedQuery.Item> items = new ArrayList<>();
      if (field != null) {
        // An unknown field ("title:[x") is not syntax we offer: read it as words.
        items.addAll(wordsOf(field, ignored));
      }
      if (token.quoted) {
        List<String> phraseWords = wordsIn(token.text, ignored);
        if (phraseWords.size() == 1) {
          items.add(new ParsedQuery.Item(ParsedQuery.Item.Type.WORD, phraseWords.getFirst()));
          require = !exclude;
        } else if (!phraseWords.isEmpty()) {
          items.add(
              new ParsedQuery.Item(ParsedQuery.Item.Type.PHRASE, String.join(" ", phraseWords)));
        }
      } else {
        items.addAll(wordsOf(token.text, ignored));
      }
      if (items.isEmpty()) {
        continue;
      }
      terms += items.size();
      if (exclude) {
        excluded.addAll(items);
        pendingOr = false;
        continue;
      }
      boolean required =
          require || items.stream().anyMatch(i -> i.type() != ParsedQuery.Item.Type.WORD);
      if (pendingOr) {
        pendingOr = false;
        if (lastGroup != null) {
          lastGroup.addAll(items);
          continue;
        }
        if (lastWord != null) {
          // "a OR b": one of the two is required.
          words.remove(words.size() - 1);
          List<ParsedQuery.Item> group = new ArrayList<>();
          group.add(new ParsedQuery.Item(ParsedQuery.Item.Type.WORD, lastWord));
          group.addAll(items);
          groups.add(group);
          lastGroup = group;
          lastWord = null;
          continue;
        }
      }
      if (required) {
        List<ParsedQuery.Item> group = new ArrayList<>(items);
        groups.add(group);
        lastGroup = group;
        lastWord = null;
      } else {
        for (ParsedQuery.Item item : items) {
          words.add(item.text());
        }
        lastGroup = null;
        lastWord = items.getLast().text();
      }
    }
    if (!ignored.isEmpty()) {
      StringBuilder chars = new StringBuilder();
      ignored.forEach(c -> chars.append(chars.isEmpty() ? "" : " ").append(c));
      notices.add(Notice.of(Notice.Code.SYNTAX_AS_SPACES, chars));
    }
    return new ParsedQuery(
        List.copyOf(words),
        groups.stream().map(List::copyOf).toList(),
        List.copyOf(excluded),
        filters,
        List.copyOf(notices));
  }

  /**
   * A piece of the query between spaces: an optional sign, an optional field, a word or a quoted
   * phrase.
   */
  private record Token(char sign, String field, String text, boolean quoted) {}

  private static List<Token> tokenize(String text, List<Notice> notices) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      char sign = 0;
      if ((text.charAt(i) == '-' || text.charAt(i) == '+')
          && i + 1 < n
          && !Character.isWhitespace(text.charAt(i + 1))) {
        sign = text.charAt(i);
        i++;
      }
      String field = null;
      int colon = fieldEnd(text, i);
      if (colon > i) {
        field = text.substring(i, colon).toLowerCase(Locale.ROOT);
        i = colon + 1;
      }
      if (i < n && isQuote(text.charAt(i))) {
        int close = i + 1;
        while (close < n && !isQuote(text.charAt(close))) {
          close++;
        }
        if (close >= n) {
          notices.add(Notice.of(Notice.Code.QUOTE_NOT_CLOSED));
          tokens.add(new Token(sign, field, text.substring(i + 1), false));
          break;
        }
        tokens.add(new Token(sign, field, text.substring(i + 1, close), true));
        i = close + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        if (field != null && word.isEmpty()) {
          tokens.add(new Token(sign, null, field, false));
        } else {
          tokens.add(new Token(sign, field, word, false));
        }
        i = end;
      }
    }
    return tokens;
  }

  /**
   * Where a "field:" prefix ends (the colon), or -1: letters only, then a colon, then something.
   */
  private static int fieldEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    if (i > from
        && i < text.length() - 1
        && text.charAt(i) == ':'
        && !Character.isWhitespace(text.charAt(i + 1))) {
      return i;
    }
    return -1;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  private static List<ParsedQuery.Item> wordsOf(String raw, Set<Character> ignored) {
    List<ParsedQuery.Item> items = new ArrayList<>();
    for (String word : wordsIn(raw, ignored)) {
      if (word.endsWith("*") && word.length() > 3 && word.indexOf('*') == word.length() - 1) {
        items.add(
            new ParsedQuery.Item(
                ParsedQuery.Item.Type.PREFIX, word.substring(0, word.length() - 1)));
      } else {
        String plain = word.replace("*", "").replace("?", "");
        if (!plain.equals(word)) {
          ignored.add(word.contains("*") ? '*' : '?');
        }
        if (!plain.isBlank()) {
          items.add(new ParsedQuery.Item(ParsedQuery.Item.Type.WORD, plain));
        }
      }
    }
    return items;
  }

  private static List<String> wordsIn(String raw, Set<Character> ignored) {
    String cleaned = strip(raw, ignored);
    List<String> words = new ArrayList<>();
    for (String w : cleaned.split("\\s+")) {
      String word =
          w.replaceAll("^[\\p{Punct}‘’“”]+(?=\\w)", "")
              .replaceAll("(?<=\\w)[\\p{Punct}‘’“”&&[^*]]+$", "");
      if (!word.isBlank() && word.chars().anyMatch(Character::isLetterOrDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  private static String strip(String raw, Set<Character> ignored) {
    StringBuilder out = new StringBuilder(raw.length());
    for (char c : raw.toCharArray()) {
      if (SYNTAX_CHARS.indexOf(c) >= 0) {
        ignored.add(c);
        out.append(' ');
      } else if (c == '"' || c == '“' || c == '”' || c == ':') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
