package org.foiarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveDates;
import org.foiarchive.passage.Voice;

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
    String text = cleaned(input, notices);
    List<Token> tokens = tokenize(text, notices);
    Reading reading = new Reading();
    for (Token token : tokens) {
      if (reading.terms >= MAX_TERMS) {
        notices.add(Notice.of(Notice.Code.TERMS_CUT, MAX_TERMS));
        break;
      }
      reading.read(token);
    }
    if (!reading.ignored.isEmpty()) {
      StringBuilder chars = new StringBuilder();
      reading.ignored.forEach(c -> chars.append(chars.isEmpty() ? "" : " ").append(c));
      notices.add(Notice.of(Notice.Code.SYNTAX_AS_SPACES, chars));
    }
    TypedFilters typed = typed(reading.filters, notices);
    return new ParsedQuery(
        List.copyOf(reading.words),
        reading.groups.stream().map(List::copyOf).toList(),
        List.copyOf(reading.excluded),
        withoutFilters(text, tokens),
        reading.filters,
        typed,
        List.copyOf(notices));
  }

  /** The input without control characters, cut to {@link #MAX_QUERY_CHARS}. */
  private static String cleaned(String input, List<Notice> notices) {
    String text = input == null ? "" : input.replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", " ").strip();
    if (text.length() > MAX_QUERY_CHARS) {
      notices.add(Notice.of(Notice.Code.QUERY_CUT, MAX_QUERY_CHARS));
      return text.substring(0, MAX_QUERY_CHARS);
    }
    return text;
  }

  /** The text with each filter ({@code ref:"FOI 2437"}) blanked out, the rest where it was. */
  private static String withoutFilters(String text, List<Token> tokens) {
    StringBuilder free = new StringBuilder(text);
    for (Token token : tokens) {
      if (token.filter().isPresent()) {
        for (int i = token.start; i < token.end; i++) {
          free.setCharAt(i, ' ');
        }
      }
    }
    return free.toString();
  }

  /**
   * Each filter's values read into their type. A date filter takes its first value; one that is not
   * a date is said in a notice and not applied.
   */
  private static TypedFilters typed(Map<Filter, List<String>> filters, List<Notice> notices) {
    List<String> none = List.of();
    return new TypedFilters(
        filters.getOrDefault(Filter.TOPIC, none),
        Choices.read(filters.getOrDefault(Filter.KIND, none), SourceKind::fromId),
        Choices.read(filters.getOrDefault(Filter.VOICE, none), Voice::fromId),
        filters.getOrDefault(Filter.PUBLISHER, none),
        filters.getOrDefault(Filter.REF, none),
        firstDay(Filter.AFTER, filters, notices),
        firstDay(Filter.BEFORE, filters, notices));
  }

  private static Optional<LocalDate> firstDay(
      Filter filter, Map<Filter, List<String>> filters, List<Notice> notices) {
    List<String> values = filters.getOrDefault(filter, List.of());
    if (values.isEmpty()) {
      return Optional.empty();
    }
    String typed = values.getFirst();
    Optional<LocalDate> day = Optional.ofNullable(ArchiveDates.parse(typed));
    if (day.isEmpty()) {
      notices.add(Notice.of(Notice.Code.FILTER_DATE_NOT_UNDERSTOOD, filter.typed(), typed));
    }
    return day;
  }

  /**
   * The query read token by token: the state a token's meaning depends on (a pending OR or NOT, the
   * last word or group an OR joins) and what has been read so far.
   */
  private static final class Reading {
    final List<String> words = new ArrayList<>();
    final List<List<ParsedQuery.Item>> groups = new ArrayList<>();
    final List<ParsedQuery.Item> excluded = new ArrayList<>();
    final Map<Filter, List<String>> filters = new LinkedHashMap<>();
    final Set<Character> ignored = new TreeSet<>();
    int terms;
    private boolean pendingOr;
    private boolean pendingNot;
    private List<ParsedQuery.Item> lastGroup;
    private String lastWord;

    void read(Token token) {
      if (readOperator(token)) {
        return;
      }
      if (token.filter().isPresent()) {
        readFilter(token.filter().get(), token);
        return;
      }
      boolean exclude = token.sign == '-' || pendingNot;
      pendingNot = false;
      List<ParsedQuery.Item> items = itemsOf(token);
      if (items.isEmpty()) {
        return;
      }
      terms += items.size();
      if (exclude) {
        excluded.addAll(items);
        pendingOr = false;
        return;
      }
      if (pendingOr) {
        pendingOr = false;
        if (joinedToAlternatives(items)) {
          return;
        }
      }
      if (isRequired(token, items)) {
        startGroup(new ArrayList<>(items));
      } else {
        items.forEach(item -> words.add(item.text()));
        lastGroup = null;
        lastWord = items.getLast().text();
      }
    }

    /** OR, AND and NOT (and their symbols) change how the next token is read. */
    private boolean readOperator(Token token) {
      if (token.quoted) {
        return false;
      }
      switch (token.text) {
        case "OR", "||", "|" -> pendingOr = true;
        case "AND", "&&" -> {}
        case "NOT" -> pendingNot = true;
        default -> {
          return false;
        }
      }
      return true;
    }

    private void readFilter(Filter filter, Token token) {
      String value = token.quoted ? token.text : strip(token.text, ignored);
      if (!value.isBlank()) {
        filters.computeIfAbsent(filter, k -> new ArrayList<>()).add(value.strip());
      }
      pendingOr = false;
    }

    /** The words, phrase or prefixes a token searches. */
    private List<ParsedQuery.Item> itemsOf(Token token) {
      List<ParsedQuery.Item> items = new ArrayList<>();
      if (token.field != null) {
        // An unknown field ("title:[x") is not syntax we offer: read it as words.
        items.addAll(wordsOf(token.field, ignored));
      }
      if (token.quoted) {
        List<String> phraseWords = wordsIn(token.text, ignored);
        if (phraseWords.size() == 1) {
          items.add(new ParsedQuery.Item(ParsedQuery.Item.Type.WORD, phraseWords.getFirst()));
        } else if (!phraseWords.isEmpty()) {
          items.add(
              new ParsedQuery.Item(ParsedQuery.Item.Type.PHRASE, String.join(" ", phraseWords)));
        }
      } else {
        items.addAll(wordsOf(token.text, ignored));
      }
      return items;
    }

    /**
     * A +word, a phrase, a prefix or a one-word quote must match; plain words only rank. (A quoted
     * single word is required because quoting it says so.)
     */
    private static boolean isRequired(Token token, List<ParsedQuery.Item> items) {
      return token.sign == '+'
          || token.quoted
          || items.stream().anyMatch(i -> i.type() != ParsedQuery.Item.Type.WORD);
    }

    /**
     * After an OR: the items join the last group, or make one with the last plain word ("a OR b":
     * one of the two is required). False when there is nothing before the OR to join.
     */
    private boolean joinedToAlternatives(List<ParsedQuery.Item> items) {
      if (lastGroup != null) {
        lastGroup.addAll(items);
        return true;
      }
      if (lastWord == null) {
        return false;
      }
      words.removeLast();
      List<ParsedQuery.Item> group = new ArrayList<>();
      group.add(new ParsedQuery.Item(ParsedQuery.Item.Type.WORD, lastWord));
      group.addAll(items);
      startGroup(group);
      return true;
    }

    private void startGroup(List<ParsedQuery.Item> group) {
      groups.add(group);
      lastGroup = group;
      lastWord = null;
    }
  }

  /**
   * A piece of the query between spaces: an optional sign, an optional field, a word or a quoted
   * phrase; {@code start} and {@code end} are where it was typed.
   */
  private record Token(char sign, String field, String text, boolean quoted, int start, int end) {
    /** The filter this token sets, when its field is one. */
    Optional<Filter> filter() {
      return field == null ? Optional.empty() : Filter.named(field);
    }
  }

  private static List<Token> tokenize(String text, List<Notice> notices) {
    List<Token> tokens = new ArrayList<>();
    int i = skipSpaces(text, 0);
    while (i < text.length()) {
      Token token = tokenAt(text, i, notices);
      tokens.add(token);
      i = skipSpaces(text, token.end);
    }
    return tokens;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The token that starts at {@code start}; an unclosed quote runs to the end of the query. */
  private static Token tokenAt(String text, int start, List<Notice> notices) {
    int n = text.length();
    int i = start;
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
        return new Token(sign, field, text.substring(i + 1), false, start, n);
      }
      return new Token(sign, field, text.substring(i + 1, close), true, start, close + 1);
    }
    int end = i;
    while (end < n && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String word = text.substring(i, end);
    return field != null && word.isEmpty()
        ? new Token(sign, null, field, false, start, end)
        : new Token(sign, field, word, false, start, end);
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
