package org.foiarchive.tag;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.OfficialReferences;

/**
 * Finds the references users cite in appeals: DWP FOI and internal-review numbers, DMG and ADM
 * paragraphs, sections of Acts and regulations (linked to legislation.gov.uk), statutory
 * instruments, tribunal citations and ICO case references. Each is given one canonical form so that
 * "VTR 2437" and "FOI 2437" are the same case. Stateless and thread-safe.
 */
public final class ReferenceRecognizer {
  private static final String LEGISLATION = "https://www.legislation.gov.uk/";

  /** Acts seen in benefits FOI material, by their short title, with their legislation.gov.uk id. */
  private static final Map<String, String> ACTS =
      Map.ofEntries(
          Map.entry("jobseekers act 1995", "ukpga/1995/18"),
          Map.entry("welfare reform act 2012", "ukpga/2012/5"),
          Map.entry("welfare reform act 2007", "ukpga/2007/5"),
          Map.entry("freedom of information act 2000", "ukpga/2000/36"),
          Map.entry("data protection act 1998", "ukpga/1998/29"),
          Map.entry("data protection act 2018", "ukpga/2018/12"),
          Map.entry("jobseekers (back to work schemes) act 2013", "ukpga/2013/17"),
          Map.entry("tribunals, courts and enforcement act 2007", "ukpga/2007/15"),
          Map.entry("human rights act 1998", "ukpga/1998/42"),
          Map.entry("fraud act 2006", "ukpga/2006/35"),
          Map.entry("social security administration act 1992", "ukpga/1992/5"),
          Map.entry("social security act 1998", "ukpga/1998/14"),
          Map.entry("welfare reform and work act 2016", "ukpga/2016/7"));

  /** Abbreviations people write instead of an Act's title. */
  private static final Map<String, String> ACT_ALIASES =
      Map.ofEntries(
          Map.entry("foia", "Freedom of Information Act 2000"),
          Map.entry("foia 2000", "Freedom of Information Act 2000"),
          Map.entry("dpa 1998", "Data Protection Act 1998"),
          Map.entry("dpa 2018", "Data Protection Act 2018"),
          Map.entry("jsa 1995", "Jobseekers Act 1995"),
          Map.entry("wra 2012", "Welfare Reform Act 2012"),
          Map.entry("hra 1998", "Human Rights Act 1998"));

  /** Statutory instruments known by name, with their legislation.gov.uk id. */
  private static final Map<String, String> NAMED_INSTRUMENTS =
      Map.of(
          "pecr", "uksi/2003/2426",
          "privacy and electronic communications (ec directive) regulations 2003",
              "uksi/2003/2426");

  /**
   * An Act's title as printed: capitalised words (case matters here, unlike the rest), then a year.
   */
  private static final String ACT_NAME =
      "(?-i:((?:[A-Z][\\w’'-]*)(?:\\s+(?:of|and|the|for|to|[A-Z][\\w’',-]*|\\([^)]{1,60}\\)))*?\\s+Act)\\s+(\\d{4}))";

  private static final String ACT_ALIAS =
      "(FOIA(?:\\s+2000)?|DPA\\s+(?:1998|2018)|JSA\\s+1995|WRA\\s+2012|HRA\\s+1998)";
  private static final String SECTION = "(\\d{1,3}[A-Z]{0,2})((?:\\s?\\([0-9a-zA-Z]{1,4}\\))*)";

  private record Rule(
      Predicate<Probe> mayMatch, Pattern pattern, Function<Matcher, List<Reference>> make) {}

  /**
   * The text and its lower-case form, for a cheap test of whether a rule can match at all: running
   * two dozen case-insensitive patterns over every passage is most of an ingest's time otherwise.
   */
  private record Probe(String text, String lower) {}

  /** The rule can match only where one of these (lower-case) strings occurs. */
  private static Predicate<Probe> any(String... literals) {
    return probe -> {
      for (String literal : literals) {
        if (probe.lower().contains(literal)) {
          return true;
        }
      }
      return false;
    };
  }

  /** The rule can match only where one of these (lower-case) strings starts a word. */
  private static Predicate<Probe> word(String... literals) {
    return probe -> {
      for (String literal : literals) {
        if (startsAWord(probe.lower(), literal)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * The rule can match only where one of these starts a word and a digit follows (after a space, if
   * allowed).
   */
  private static Predicate<Probe> wordThenDigit(boolean space, String... literals) {
    return probe -> {
      String text = probe.lower();
      for (String literal : literals) {
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
          int after = i + literal.length();
          if (space && after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
          }
          if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
              && after < text.length()
              && Character.isDigit(text.charAt(after))) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /**
   * The rule can match only where one of these starts a word and whitespace follows ("DMG 21594").
   */
  private static Predicate<Probe> wordThenSpace(String... literals) {
    return probe -> {
      String text = probe.lower();
      for (String literal : literals) {
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
          int after = i + literal.length();
          if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
              && after < text.length()
              && Character.isWhitespace(text.charAt(after))) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /** A slash with a digit after it, as in case numbers (CJSA/1234/2013) and SIs (2003/2426). */
  private static final Predicate<Probe> SLASH_DIGIT =
      probe -> {
        String text = probe.text();
        for (int i = text.indexOf('/');
            i >= 0 && i + 1 < text.length();
            i = text.indexOf('/', i + 1)) {
          if (Character.isDigit(text.charAt(i + 1))) {
            return true;
          }
        }
        return false;
      };

  private static boolean startsAWord(String text, String literal) {
    for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
      if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Act is cited as its title ending in "Act" (capitalised: the pattern is case-sensitive
   * there), then its year.
   */
  private static final Predicate<Probe> ACT =
      probe -> {
        String text = probe.text();
        for (int i = text.indexOf("Act"); i >= 0; i = text.indexOf("Act", i + 1)) {
          int after = i + 3;
          while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
          }
          if (i > 0
              && Character.isWhitespace(text.charAt(i - 1))
              && after > i + 3
              && after < text.length()
              && Character.isDigit(text.charAt(after))) {
            return true;
          }
        }
        return false;
      };

  private static final Predicate<Probe> ACT_OR_ALIAS =
      ACT.or(word("foia")).or(wordThenDigit(true, "dpa", "jsa", "wra", "hra"));

  private final List<Rule> rules =
      List.of(
          rule(
              wordThenSpace("review").and(any("foi")),
              "\\bReview\\s+(\\d{1,5})\\s+FOI\\s+(\\d{2,5})\\b",
              m ->
                  List.of(
                      dwp(Reference.Type.DWP_INTERNAL_REVIEW, "IR " + m.group(1), m.group()),
                      dwp(Reference.Type.DWP_FOI, "FOI " + m.group(2), m.group()))),
          rule(
              wordThenDigit(true, "foi", "ir"),
              "\\b(FOI|IR)\\s?(20\\d{2})[/ ](\\d{4,6})\\b",
              m ->
                  List.of(
                      dwp(
                          m.group(1).equalsIgnoreCase("IR")
                              ? Reference.Type.DWP_INTERNAL_REVIEW
                              : Reference.Type.DWP_FOI,
                          m.group(1).toUpperCase(Locale.ROOT) + m.group(2) + "/" + m.group(3),
                          m.group()))),
          rule(
              wordThenDigit(true, "foi", "vtr", "ir"),
              "\\b" + OfficialReferences.DWP_REQUEST + "\\b(?![/.]\\d)",
              m -> {
                String prefix = m.group(1).equalsIgnoreCase("IR") ? "IR" : "FOI";
                String number = m.group(2) + (m.group(3) == null ? "" : "/" + m.group(3));
                return List.of(
                    dwp(
                        prefix.equals("IR")
                            ? Reference.Type.DWP_INTERNAL_REVIEW
                            : Reference.Type.DWP_FOI,
                        prefix + " " + number,
                        m.group()));
              }),
          rule(
              any("request reference"),
              "\\b(?:FoI|Freedom of Information) request reference(?: number)?:?\\s*(\\d{2,5})\\b",
              m -> List.of(dwp(Reference.Type.DWP_FOI, "FOI " + m.group(1), m.group()))),
          rule(
              any("memo"),
              "\\b(DMG|ADM)\\s+memo\\s+(\\d{1,2}/\\d{2})\\b",
              m ->
                  List.of(
                      new Reference(
                          m.group(1).equalsIgnoreCase("DMG")
                              ? Reference.Type.DMG
                              : Reference.Type.ADM,
                          m.group(1).toUpperCase(Locale.ROOT) + " memo " + m.group(2),
                          m.group(),
                          null))),
          rule(
              wordThenSpace("dmg"),
              "\\bDMG\\s+Vol(?:ume)?\\.?\\s*(\\d{1,2})\\s*,?\\s+Ch(?:apter|\\.)?\\s*(\\d{1,2})\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.DMG,
                          "DMG Vol " + m.group(1) + " Ch " + Integer.parseInt(m.group(2)),
                          m.group(),
                          null))),
          rule(
              wordThenSpace("dmg"),
              "\\bDMG\\s+Ch(?:apter|\\.)?\\s*(\\d{1,2})\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.DMG,
                          "DMG Ch " + Integer.parseInt(m.group(1)),
                          m.group(),
                          null))),
          rule(
              wordThenSpace("dmg"),
              "\\bDMG\\s+(?:para(?:graph)?s?\\.?\\s+)?(\\d{5})(?:\\s*[-–]\\s*(\\d{5}))?\\b",
              m -> {
                List<Reference> refs = new ArrayList<>();
                refs.add(new Reference(Reference.Type.DMG, "DMG " + m.group(1), m.group(), null));
                if (m.group(2) != null) {
                  refs.add(new Reference(Reference.Type.DMG, "DMG " + m.group(2), m.group(), null));
                }
                return refs;
              }),
          rule(
              wordThenSpace("adm"),
              "\\bADM\\s+(?:para(?:graph)?\\.?\\s+)?([A-Z]\\d)(\\d{3})\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.ADM,
                          "ADM " + m.group(1).toUpperCase(Locale.ROOT) + m.group(2),
                          m.group(),
                          null))),
          rule(
              wordThenSpace("adm"),
              "\\bADM\\s+(?:chapter\\s+|ch\\.?\\s*)?([A-Z]\\d{1,2})\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.ADM,
                          "ADM " + m.group(1).toUpperCase(Locale.ROOT),
                          m.group(),
                          null))),
          rule(
              wordThenDigit(false, "fs5", "fer0").or(word("ic-")),
              "\\b(?:" + OfficialReferences.ICO_CASE + ")\\b",
              m -> List.of(ico(m.group(), m.group()))),
          rule(
              wordThenDigit(false, "irq", "rfa", "enq"),
              "\\b(?:" + OfficialReferences.ICO_CASEWORK_PREFIX + ")\\d{7}\\b",
              m -> List.of(ico(m.group(), m.group()))),
          rule(
              any("ukut"),
              "\\[(\\d{4})]\\s+UKUT\\s+(\\d{1,4})\\s+\\(AAC\\)",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.TRIBUNAL,
                          "[" + m.group(1) + "] UKUT " + m.group(2) + " (AAC)",
                          m.group(),
                          "https://www.bailii.org/uk/cases/UKUT/AAC/"
                              + m.group(1)
                              + "/"
                              + m.group(2)
                              + ".html"))),
          rule(
              any("aacr"),
              "\\[(\\d{4})]\\s+AACR\\s+(\\d{1,4})",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.TRIBUNAL,
                          "[" + m.group(1) + "] AACR " + m.group(2),
                          m.group(),
                          null))),
          rule(
              any("ukftt"),
              "\\[(\\d{4})]\\s+UKFTT\\s+(\\d{1,5})\\s+\\(GRC\\)",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.TRIBUNAL,
                          "[" + m.group(1) + "] UKFTT " + m.group(2) + " (GRC)",
                          m.group(),
                          "https://caselaw.nationalarchives.gov.uk/ukftt/grc/"
                              + m.group(1)
                              + "/"
                              + m.group(2)))),
          rule(
              SLASH_DIGIT,
              "\\b(CJSA|CSJSA|CIS|CE|CSE|CUC|CPIP|CDLA|CH|GIA)/\\d{1,5}/\\d{4}\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.TRIBUNAL,
                          m.group().toUpperCase(Locale.ROOT),
                          m.group(),
                          null))),
          rule(
              SLASH_DIGIT,
              "\\bEA/\\d{4}/\\d{4}\\b|\\bSC\\d{3}/\\d{2}/\\d{5}\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.TRIBUNAL,
                          m.group().toUpperCase(Locale.ROOT),
                          m.group(),
                          null))),
          rule(
              any("r("),
              "\\bR\\((JSA|IS|SB|U|CS|DLA|IB|PIP|UC|ESA)\\)\\s*(\\d{1,2}/\\d{2})\\b",
              m ->
                  List.of(
                      new Reference(
                          Reference.Type.TRIBUNAL,
                          "R(" + m.group(1).toUpperCase(Locale.ROOT) + ") " + m.group(2),
                          m.group(),
                          null))),
          rule(
              ACT_OR_ALIAS,
              "\\b(?:sections?\\s+|secs?\\.?\\s+|ss?\\.\\s*|s(?=\\d))"
                  + SECTION
                  + "\\s*(?:of\\s+)?(?:the\\s+)?(?:"
                  + ACT_NAME
                  + "|"
                  + ACT_ALIAS
                  + ")",
              m ->
                  section(
                      m.group(1),
                      m.group(2),
                      actOf(m.group(3), m.group(4), m.group(5)),
                      m.group())),
          rule(
              ACT,
              ACT_NAME + ",?\\s*(?:chapter\\s*\\d+,?\\s*)?(?:sections?|s\\.?)\\s*" + SECTION,
              m -> section(m.group(3), m.group(4), actOf(m.group(1), m.group(2), null), m.group())),
          rule(
              ACT,
              ACT_NAME,
              m -> {
                String act = actOf(m.group(1), m.group(2), null);
                String id = ACTS.get(act.toLowerCase(Locale.ROOT));
                return id == null
                    ? List.of()
                    : List.of(new Reference(Reference.Type.ACT, act, m.group(), LEGISLATION + id));
              }),
          rule(
              word("pecr"),
              "\\breg(?:ulation)?s?\\.?\\s*(\\d{1,3}[A-Z]?)((?:\\(\\w{1,4}\\))*)\\s+(?:of\\s+)?(?:the\\s+)?(PECR)\\b",
              m -> List.of(pecrRegulation(m))),
          // The canonical form read back ("PECR reg 6"), so a stored reference can be linked again.
          rule(
              word("pecr"),
              "\\bPECR\\s+reg(?:ulation)?\\.?\\s*(\\d{1,3}[A-Z]?)((?:\\(\\w{1,4}\\))*)",
              m -> List.of(pecrRegulation(m))),
          rule(
              SLASH_DIGIT.or(any("no.")),
              "\\b(?:S\\.?I\\.?\\s*)(\\d{4})\\s*/\\s*(\\d{1,4})\\b|\\b(\\d{4})\\s+No\\.\\s*(\\d{1,4})\\b",
              m -> {
                String year = m.group(1) != null ? m.group(1) : m.group(3);
                String number = m.group(2) != null ? m.group(2) : m.group(4);
                return List.of(
                    new Reference(
                        Reference.Type.STATUTORY_INSTRUMENT,
                        "SI " + year + "/" + number,
                        m.group(),
                        LEGISLATION + "uksi/" + year + "/" + number));
              }));

  /** A regulation of the Privacy and Electronic Communications Regulations, linked to its text. */
  private static Reference pecrRegulation(Matcher m) {
    return new Reference(
        Reference.Type.REGULATION,
        "PECR reg " + m.group(1) + m.group(2),
        m.group(),
        LEGISLATION + NAMED_INSTRUMENTS.get("pecr") + "/regulation/" + m.group(1));
  }

  private static Rule rule(
      Predicate<Probe> mayMatch, String regex, Function<Matcher, List<Reference>> make) {
    return new Rule(mayMatch, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), make);
  }

  /** References in the text, each canonical form once, in order of first appearance. */
  public List<Reference> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    BitSet claimed = new BitSet(text.length());
    Map<Integer, List<Reference>> byPosition = new TreeMap<>();
    Probe probe = new Probe(text, text.toLowerCase(Locale.ROOT));
    for (Rule rule : rules) {
      if (!rule.mayMatch().test(probe)) {
        continue;
      }
      Matcher m = rule.pattern.matcher(text);
      while (m.find()) {
        if (claimed.get(m.start(), m.end()).isEmpty()) {
          List<Reference> refs = rule.make.apply(m);
          if (!refs.isEmpty()) {
            claimed.set(m.start(), m.end());
            byPosition.computeIfAbsent(m.start(), k -> new ArrayList<>()).addAll(refs);
          }
        }
      }
    }
    Map<String, Reference> unique = new LinkedHashMap<>();
    byPosition.values().forEach(list -> list.forEach(r -> unique.putIfAbsent(r.canonical(), r)));
    return List.copyOf(unique.values());
  }

  /** The canonical form of a reference a user typed ("vtr2437" gives "FOI 2437"), if it is one. */
  public Optional<String> canonical(String typed) {
    List<Reference> found = find(typed == null ? "" : typed.strip());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst().canonical());
  }

  /** Where the reference can be read, for a canonical form stored in the index. */
  public Optional<String> urlOf(String canonical) {
    return find(canonical).stream()
        .filter(r -> r.canonical().equals(canonical))
        .map(Reference::url)
        .filter(u -> u != null)
        .findFirst();
  }

  private static Reference dwp(Reference.Type type, String canonical, String printed) {
    return new Reference(type, canonical, printed, null);
  }

  private static Reference ico(String ref, String printed) {
    return new Reference(Reference.Type.ICO_CASE, ref.toUpperCase(Locale.ROOT), printed, null);
  }

  /**
   * An Act's canonical short title from what was printed, or null when it is not an Act we can
   * name.
   */
  private static String actOf(String name, String year, String alias) {
    if (alias != null) {
      String key = alias.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      return ACT_ALIASES.getOrDefault(key, ACT_ALIASES.get(key.split(" ")[0]));
    }
    if (name == null || year == null) {
      return null;
    }
    // People write "Jobseeker's Act"; the Act's short title has no apostrophe.
    String cleaned =
        name.replaceAll("(?i)^(?:the|of)\\s+", "")
            .replaceAll("['’]s\\b", "s")
            .replaceAll("\\s+", " ");
    return cleaned + " " + year;
  }

  private static List<Reference> section(
      String number, String subsections, String act, String printed) {
    if (act == null) {
      return List.of();
    }
    String subs = subsections == null ? "" : subsections.replace(" ", "");
    String id = ACTS.get(act.toLowerCase(Locale.ROOT));
    String url =
        id == null ? null : LEGISLATION + id + "/section/" + number.toUpperCase(Locale.ROOT);
    return List.of(
        new Reference(
            Reference.Type.ACT_SECTION,
            act + " s" + number.toUpperCase(Locale.ROOT) + subs,
            printed,
            url));
  }
}
