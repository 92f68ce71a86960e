package org.foiarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.DocumentExtractor;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.extract.Part;
import org.foiarchive.passage.PassageSplitter;
import org.foiarchive.passage.Passages;

/**
 * Writes a corpus of any size that looks like the real one to the pipeline: request threads with
 * messages each way, reply letters with their references, guidance chapters of numbered paragraphs,
 * blog posts and forum threads, in the real corpus's words (learnt as a bigram chain) with dates,
 * FOI, DMG and statute references, hard-wrapped e-mail text and some HTML. The same seed gives the
 * same corpus. The passage count is exact for the plain-text documents and close for the HTML ones.
 */
public final class CorpusGenerator {
  /** Generated sources point here: a reserved domain, so no link leads to a real page. */
  static final String URL_BASE = "https://bench.invalid/";

  private static final String DWP = PublicBodies.DWP;
  private static final DateTimeFormatter LETTER_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);
  private static final int DAYS = 14 * 365;

  private static final String[] FIRST_NAMES = {
    "Alex", "Sam", "Jo", "Chris", "Pat", "Morgan", "Jamie", "Robin", "Kim", "Lee", "Terry",
    "Ashley", "Dana", "Frankie", "Jan", "Mel", "Nicky", "Ray", "Sandy", "Toni", "Bernie", "Charlie",
    "Danny", "Elliot", "Glen", "Hayden", "Jesse", "Kerry", "Lindsay", "Marion"
  };
  private static final String[] SURNAMES = {
    "Abbott",
    "Barker",
    "Carver",
    "Dalton",
    "Ellis",
    "Fowler",
    "Garner",
    "Hartley",
    "Ingram",
    "Jarvis",
    "Kendall",
    "Lowry",
    "Marsh",
    "Norris",
    "Oakley",
    "Pearce",
    "Quinn",
    "Rowley",
    "Shaw",
    "Thorne",
    "Upton",
    "Vickers",
    "Walsh",
    "Yates",
    "Ainsworth",
    "Brennan",
    "Crowther",
    "Doyle"
  };
  private static final String[] TOWNS = {
    "Leeds",
    "Bradford",
    "Sheffield",
    "Hull",
    "Bolton",
    "Wigan",
    "Stockport",
    "Derby",
    "Leicester",
    "Coventry",
    "Swansea",
    "Newport",
    "Dundee",
    "Paisley",
    "Carlisle",
    "Sunderland",
    "Gateshead",
    "Norwich",
    "Ipswich",
    "Plymouth",
    "Exeter",
    "Lincoln",
    "Grimsby",
    "Blackpool",
    "Preston"
  };
  private static final String[] PROVIDERS = {
    "A4e",
    "Ingeus",
    "Seetec",
    "Maximus",
    "Reed in Partnership",
    "Working Links",
    "Avanta",
    "Serco",
    "G4S",
    "Interserve",
    "Shaw Trust",
    "Prospects"
  };
  private static final String[] SUBJECTS = {
    "Universal Jobmatch",
    "Jobseeker's Directions",
    "the Work Programme",
    "Claimant Commitment",
    "benefit sanctions",
    "Mandatory Work Activity",
    "the Work and Health Programme",
    "Universal Credit",
    "job search evidence",
    "cookies on Universal Jobmatch",
    "provider job search sites",
    "data sharing with employers",
    "Employment and Support Allowance",
    "Personal Independence Payment",
    "hardship payments",
    "Community Work Placements",
    "internet access devices",
    "subject access requests"
  };
  private static final String[] ACTS = {
    "Jobseekers Act 1995",
    "Welfare Reform Act 2012",
    "Data Protection Act 1998",
    "Freedom of Information Act 2000",
    "Social Security Administration Act 1992"
  };
  private static final String[] STATUSES = {
    "successful", "partially successful", "refused", "waiting for clarification", "long overdue"
  };

  private final Vocabulary words;
  private final Passages passages = new Passages();
  private final SplittableRandom random;

  /** What was written. */
  public record Result(Path corpus, int documents, long passages, long bytes, int vocabulary) {}

  public CorpusGenerator(List<String> paragraphs, long seed) {
    this.words = new Vocabulary(paragraphs);
    this.random = new SplittableRandom(seed);
  }

  /** Learns the words of every readable document in a corpus (the real one, normally). */
  public static CorpusGenerator learningFrom(Corpus corpus, long seed) throws IOException {
    return new CorpusGenerator(passagesOf(corpus), seed);
  }

  /** The passages of every readable document in a corpus, as the pipeline splits them. */
  static List<String> passagesOf(Corpus corpus) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    DocumentExtractor extractor = new DocumentExtractor();
    PassageSplitter splitter = new PassageSplitter();
    for (Source source : corpus.manifest().sources()) {
      try {
        Document document = extractor.extract(source, corpus.snapshots().read(source));
        for (Part part : document.parts()) {
          splitter.split(part.text()).forEach(s -> paragraphs.add(s.text()));
        }
      } catch (ExtractionException | IOException e) {
        // A source the pipeline cannot read teaches no words; the others are enough.
      }
    }
    return paragraphs;
  }

  /**
   * Writes documents until they hold {@code targetPassages} passages, then the manifest and topics.
   */
  public Result generate(Path outDir, long targetPassages, Path topicsFile) throws IOException {
    Files.createDirectories(outDir);
    Snapshots snapshots = new Snapshots(outDir.toAbsolutePath().normalize());
    List<Source> sources = new ArrayList<>();
    long total = 0;
    long bytes = 0;
    Instant retrieved = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int n = 1; total < targetPassages; n++) {
      Generated doc = next(n, (int) Math.min(Integer.MAX_VALUE, targetPassages - total));
      byte[] content = doc.content().getBytes(StandardCharsets.UTF_8);
      Snapshots.Stored stored = snapshots.store(content, doc.contentType());
      sources.add(
          doc.source()
              .withSnapshot(stored.snapshot(), stored.sha256(), doc.contentType(), retrieved));
      total += doc.passages();
      bytes += content.length;
    }
    SourceManifest.of(sources).save(outDir);
    if (topicsFile != null && Files.exists(topicsFile)) {
      Files.copy(
          topicsFile, outDir.resolve(Corpus.TOPICS_FILE), StandardCopyOption.REPLACE_EXISTING);
    }
    return new Result(outDir, sources.size(), total, bytes, words.size());
  }

  private record Generated(Source source, String content, String contentType, int passages) {}

  private Generated next(int n, int remaining) {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return request(n, remaining);
    } else if (roll < 50) {
      return reply(n, remaining);
    } else if (roll < 65) {
      return guidance(n, remaining, roll < 55);
    } else if (roll < 85) {
      return commentary(n, remaining);
    } else {
      return forum(n, remaining);
    }
  }

  /**
   * A WhatDoTheyKnow request thread: the request, the acknowledgement, the reply, an annotation.
   */
  private Generated request(int n, int remaining) {
    String requester = person();
    String subject = pick(SUBJECTS);
    String title =
        capitalise(subject)
            + " "
            + pick(
                new String[] {
                  "guidance",
                  "instructions to staff",
                  "statistics",
                  "policy",
                  "and consent",
                  "and sanctions",
                  "correspondence"
                });
    LocalDate date = date();
    int ref = 1000 + random.nextInt(9000);
    Text text = new Text(remaining);
    text.line(title).blank();
    text.line(requester + " made this Freedom of Information request to " + DWP).blank();
    text.line("The request was " + pick(STATUSES) + ".").blank();
    text.line("Dear " + DWP + ",").blank();
    text.para(words.paragraph(random, 30 + random.nextInt(50)));
    int questions = 1 + random.nextInt(4);
    for (int q = 1; q <= questions && text.room(); q++) {
      text.para(q + ". " + question(subject));
    }
    text.line("Yours faithfully,").line(requester).blank();
    String office = "DWP freedom-of-information-requests, " + DWP;
    text.line(office).blank();
    text.line(LETTER_DATE.format(date.plusDays(20))).blank();
    text.line("Our Ref: " + (random.nextBoolean() ? "FOI " : "VTR ") + ref).blank();
    text.line("Dear " + requester + ",").blank();
    text.wrapped(
        words.paragraph(random, 40 + random.nextInt(40)) + " You asked about " + subject + ".");
    while (text.room() && text.count < 12 + random.nextInt(40)) {
      text.wrapped(answer());
    }
    text.line("Yours sincerely,").line("DWP Central FoI Team").blank();
    if (random.nextInt(3) == 0 && text.room()) {
      text.line("Annotation by " + person()).blank();
      text.para(words.paragraph(random, 25 + random.nextInt(60)));
    }
    Source source =
        Source.of("request-" + n, URL_BASE + "request/" + n, SourceKind.FOI_REQUEST, title)
            .withMetadata(DWP, requester, PartialDate.of(date), List.of(), List.of(), null, null);
    return plain(source, text);
  }

  /** A reply letter on its own, as published in a response PDF or on GOV.UK. */
  private Generated reply(int n, int remaining) {
    LocalDate date = date();
    int ref = 1000 + random.nextInt(9000);
    String title = "Freedom of Information request FOI " + ref;
    Text text = new Text(remaining);
    text.line(DWP).line("Central Freedom of Information Team").blank();
    text.line(LETTER_DATE.format(date)).blank();
    text.line("Our Ref: FOI " + ref).blank();
    text.line("Dear " + person() + ",").blank();
    text.para(
        "Thank you for your Freedom of Information request received on "
            + LETTER_DATE.format(date.minusDays(20))
            + ". You asked about "
            + pick(SUBJECTS)
            + ".");
    int answers = 3 + random.nextInt(20);
    for (int i = 0; i < answers && text.room(); i++) {
      text.para((random.nextInt(3) == 0 ? "Q" + (i + 1) + " " : "") + answer());
    }
    text.para(
        "If you have any queries about this letter please contact us quoting the reference number above.");
    text.line("Yours sincerely,").blank().line("DWP Central FoI Team");
    Source source =
        Source.of("reply-" + n, URL_BASE + "reply/" + n, SourceKind.FOI_RESPONSE, title)
            .withMetadata(
                DWP, null, PartialDate.of(date), List.of("FOI " + ref), List.of(), null, null);
    return plain(source, text);
  }

  /** A chapter of the Decision Makers' Guide: headings and five-digit paragraphs, some as HTML. */
  private Generated guidance(int n, int remaining, boolean html) {
    int chapter = 20 + random.nextInt(60);
    int paragraph = chapter * 1000 + random.nextInt(500);
    String title = "DMG Chapter " + chapter + ": " + capitalise(pick(SUBJECTS));
    Text text = new Text(remaining);
    text.line(title).blank();
    int target = 40 + random.nextInt(300);
    while (text.room() && text.count < target) {
      text.heading(
          capitalise(pick(SUBJECTS))
              + " and "
              + pick(
                  new String[] {
                    "consent",
                    "evidence",
                    "sanctions",
                    "good reason",
                    "availability",
                    "actively seeking employment",
                    "decision making"
                  }));
      int paras = 3 + random.nextInt(12);
      for (int i = 0; i < paras && text.room(); i++) {
        paragraph += 1 + random.nextInt(3);
        String body = words.paragraph(random, 40 + random.nextInt(80));
        if (random.nextInt(4) == 0) {
          body += " See " + statute() + ".";
        } else if (random.nextInt(5) == 0) {
          body += " See DMG " + (paragraph - 10 - random.nextInt(200)) + ".";
        }
        text.para(paragraph + " " + body);
      }
    }
    LocalDate date = date();
    Source source =
        Source.of("guidance-" + n, URL_BASE + "guidance/" + n, SourceKind.GUIDANCE, title)
            .withMetadata(
                DWP,
                null,
                PartialDate.of(date),
                List.of("DMG Ch " + chapter),
                List.of(),
                null,
                null);
    return html ? html(source, text) : plain(source, text);
  }

  /** A blog post that quotes an official reply. */
  private Generated commentary(int n, int remaining) {
    String subject = pick(SUBJECTS);
    String title = capitalise(subject) + ": what " + pick(PROVIDERS) + " and DWP told me";
    Text text = new Text(remaining);
    text.line(title).blank();
    int target = 5 + random.nextInt(40);
    while (text.room() && text.count < target) {
      int roll = random.nextInt(6);
      if (roll == 0) {
        text.para(
            "DWP replied under FOI "
                + (1000 + random.nextInt(9000))
                + " on "
                + LETTER_DATE.format(date())
                + ": \""
                + words.paragraph(random, 20 + random.nextInt(30))
                + "\"");
      } else {
        text.para(words.paragraph(random, 20 + random.nextInt(100)));
      }
    }
    String author = person();
    Source source =
        Source.of("post-" + n, URL_BASE + "post/" + n, SourceKind.COMMENTARY, title)
            .withMetadata(null, author, PartialDate.of(date()), List.of(), List.of(), null, null);
    return plain(source, text);
  }

  /** A forum thread: posts by several people, some quoting provider guidance. */
  private Generated forum(int n, int remaining) {
    String title =
        "Is " + pick(SUBJECTS) + " mandatory at " + pick(PROVIDERS) + " in " + pick(TOWNS) + "?";
    Text text = new Text(remaining);
    text.line(title).blank();
    LocalDate date = date();
    int target = 20 + random.nextInt(100);
    while (text.room() && text.count < target) {
      date = date.plusDays(random.nextInt(3));
      text.line("Post by " + person() + " » " + LETTER_DATE.format(date)).blank();
      int paras = 1 + random.nextInt(4);
      for (int i = 0; i < paras && text.room(); i++) {
        text.para(words.paragraph(random, 15 + random.nextInt(80)));
      }
    }
    Source source =
        Source.of("thread-" + n, URL_BASE + "thread/" + n, SourceKind.FORUM, title)
            .withMetadata(null, person(), PartialDate.of(date), List.of(), List.of(), null, null);
    return plain(source, text);
  }

  private String question(String subject) {
    return "Please provide "
        + pick(
            new String[] {
              "any guidance",
              "the instructions",
              "the number of cases",
              "copies of the correspondence",
              "the policy"
            })
        + " concerning "
        + subject
        + " "
        + words.sentence(random).replaceAll("[.!?]$", "")
        + "?";
  }

  private String answer() {
    String body = words.paragraph(random, 30 + random.nextInt(90));
    return switch (random.nextInt(6)) {
      case 0 -> body + " This is set out in " + statute() + ".";
      case 1 -> body + " See DMG " + (20000 + random.nextInt(60000)) + ".";
      case 2 -> body + " " + pick(PROVIDERS) + " in " + pick(TOWNS) + " follows the same guidance.";
      default -> body;
    };
  }

  private String statute() {
    String act = pick(ACTS);
    return "section "
        + (1 + random.nextInt(40))
        + (random.nextInt(4) == 0 ? "A" : "")
        + " of the "
        + act;
  }

  private String person() {
    return pick(FIRST_NAMES) + " " + pick(SURNAMES);
  }

  private LocalDate date() {
    return FIRST_DAY.plusDays(random.nextInt(DAYS));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private Generated plain(Source source, Text text) {
    String content = text.toString();
    return new Generated(source, content, "text/plain", count(source, content));
  }

  private Generated html(Source source, Text text) {
    StringBuilder page =
        new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
            .append(escape(source.provenance().title()))
            .append("</title></head>\n<body>\n");
    for (String block : text.toString().split("\n\n")) {
      String tag = text.headings.contains(block) ? "h2" : "p";
      page.append('<')
          .append(tag)
          .append('>')
          .append(escape(block))
          .append("</")
          .append(tag)
          .append(">\n");
    }
    page.append("</body></html>\n");
    return new Generated(source, page.toString(), "text/html", count(source, text.toString()));
  }

  /** How many passages the pipeline makes of this text: the splitter decides, not the generator. */
  private int count(Source source, String content) {
    return passages
        .of(
            new Document(
                source,
                source.provenance().title(),
                "text/plain",
                List.of(Part.body(content)),
                null))
        .size();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Text being written, with a rough passage count so documents stop near the target total. */
  private final class Text {
    private final StringBuilder out = new StringBuilder();
    private final List<String> headings = new ArrayList<>();
    private final int limit;
    private int count;

    Text(int limit) {
      this.limit = Math.max(1, limit);
    }

    boolean room() {
      return count < limit;
    }

    Text line(String line) {
      out.append(line).append('\n');
      return this;
    }

    Text blank() {
      out.append('\n');
      count++;
      return this;
    }

    void heading(String heading) {
      headings.add(heading);
      line(heading).blank();
    }

    void para(String paragraph) {
      line(paragraph).blank();
    }

    /** E-mail text as mail clients send it: hard-wrapped near 72 characters. */
    void wrapped(String paragraph) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() + word.length() + 1 > 72 && !line.isEmpty()) {
          out.append(line).append('\n');
          line.setLength(0);
        }
        line.append(line.isEmpty() ? "" : " ").append(word);
      }
      out.append(line).append('\n');
      blank();
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
