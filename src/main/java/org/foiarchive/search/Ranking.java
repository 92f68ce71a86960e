package org.foiarchive.search;

import java.util.Collection;

/**
 * The knobs of ranking in one place, with the values tuned on the dev query set ({@code
 * ../shared/eval/dev-queries.tsv}) and checked on held-out queries, then fitted by {@code bench
 * fit} on the tuning halves of both shared query sets and of the evaluation corpus's questions
 * together. Change one, run {@code foiarchive eval}, and keep the change only if the frozen halves
 * hold.
 *
 * @param k1 BM25 term-frequency saturation: low, because a passage that says a word twice is not
 *     twice as much about it
 * @param b BM25 length normalisation
 * @param contextWeight headings and paragraph numbers around a passage, relative to its own text
 * @param titleWeight the document's title on each of its passages
 * @param exactWeight unstemmed matches, so the form typed ranks above its stemmed cousins
 * @param aroundWeight the neighbouring passages' text
 * @param relatedWeight words officials use for the words typed ({@code related-words.txt})
 * @param spellingWeight the index's spelling of a word it does not hold, beside the word as typed
 * @param proximityWeight two query words close together, as written
 * @param proximitySlop how many words may come between two query words that still count as close
 * @param referenceWeight a reference typed in the query ("FOI 2437") carried by the passage
 * @param labelWeight a paragraph number typed in the query ("para 51", "DMG 21594") printed on the
 *     passage
 * @param quotableWords below this many words a passage (a heading, a signature, a link) loses
 *     weight
 * @param shortExponent how steeply it loses it: (words / quotableWords) to this power
 * @param sameDocumentDecay each further passage of one document in the top results keeps this share
 *     of its score, so a long thread does not bury everything else
 * @param repeatWeight a passage whose text already ranked higher (a quote pasted again) keeps this
 *     share, when repeats are not folded ({@code foldRepeats} false)
 * @param officialWeight official and quoted-official passages, when the query asks what a body said
 * @param questionWeight a passage that is a question, when the query asks what a body said
 * @param coverageExponent how much a passage's score follows the share of the query's subject words
 *     it covers: (share) to this power; 0 ignores coverage
 * @param rerankDepth how many top passages the document and repeat rules reorder
 * @param glossaryWeight what a welfare abbreviation or term typed stands for ({@code glossary.tsv}:
 *     "WRAG" is the work-related activity group), and the abbreviation for the words written out;
 *     below the words typed, so a passage using them still ranks first
 * @param ruleWeight a passage that states a rule, a permission or a duty ("must", "is not
 *     mandatory"), when the query is a question: the answer a claimant asking "do I have to..."
 *     needs
 * @param requestWeight a passage that asks a question or makes a request ("please provide...", "can
 *     they...?"), when the query is a question: it repeats the question rather than answering
 * @param framingWeight a passage that frames its document rather than stating something of its own
 *     (an introduction, "this guide explains...", a definition of the page's subject, the title run
 *     into the text, "for more information see..."; {@code passage/Role}): it shares the page's
 *     subject words, so it matches any question on that subject, while the passage that answers
 *     states the rule or fact; 1 leaves it as it is
 * @param headingWeight a passage that heads the passages after it ("21595 Proof", "Universal Credit
 *     and Housing Benefit"; {@code passage/Role#HEADING}): its few words name a subject the
 *     paragraphs under it carry as context, so it shares the query's words without saying anything
 *     about them; 1 leaves it as it is
 * @param joinedWordsWeight another way the archive writes a word typed joined, apart or hyphenated
 *     ("jobsearch" and "job search", "e-mail" and "email": {@code JoinedWords}), in passages
 *     without the word as typed; below the words typed, as the glossary's forms are
 * @param answerTypeWeight a passage that states the kind of value a question asks for (a number for
 *     "how many...", a length of time for "how long...", a date for "when did..."; {@code
 *     AnswerType}), other than one typed: it gives the figure, where a passage that shares the
 *     question's words may only name the subject; 1 leaves it as it is
 * @param everydayWordsWeight the official term for a claimant's everyday words typed ({@code
 *     everyday-words.tsv}: "payment stopped" is a sanction, "help with rent" the housing element),
 *     in passages without the everyday words; below the glossary's weight, as a plain description
 *     is looser than an abbreviation's expansion; 0 switches it off
 * @param requesterWeight a passage in the requester's voice (the text of an FOI request: what the
 *     requester asks for or asserts), when the query asks what a body said or asks a question: the
 *     requester puts the question to the body, so their words echo the query while the body's reply
 *     answers it; 1 leaves it as it is
 * @param thesaurusWeight a general English synonym of a word or expression typed (WordNet 3.1,
 *     {@code wordnet-synonyms.tsv}: "fired" is "dismissed"), held by the archive, in passages
 *     without the words typed; below the glossary's weight, as a general thesaurus knows nothing of
 *     the archive's subject; 0 switches it off
 * @param plainWordsWeight the official word for a plain word typed, as plain-English word lists
 *     pair them ({@code plain-words.tsv}: "tell" is "notify", "take part" is "participate"), in
 *     passages without the plain words; below the glossary's weight, as a general list knows
 *     nothing of the archive's subject; 0 switches it off
 * @param abbreviationsInCapitals whether a glossary abbreviation spelt like an everyday word or
 *     title ("MAN", "AA", "MR": "man", "aa", "Mr") stands for what it abbreviates only when typed
 *     in capitals, so that "the man at the jobcentre" is not read as a Mandatory Activity
 *     Notification
 * @param dropQuestionWords whether the words of a question that carry no subject ("can", "I",
 *     "the") are left out of ranking
 * @param questionsInClauses whether a question's opening at the start of a later clause makes the
 *     query a question ("DWP's own words - is agreeing a claimant commitment compulsory", "PIP, is
 *     it mandatory to..."), as it does at the start of the query, so that rule statements answer it
 * @param namesWhole whether the question words inside a name typed in full that the analysis makes
 *     one term ("work and health programme" is WHP, "freedom of information" FOI: {@code
 *     synonyms.txt}) stay in the ranking words, so that the name is searched as that term; without
 *     its "and" or "of" it is three words that neither the name nor the acronym is indexed as
 * @param exactRescoring whether candidates are found by a cheaper flat query and then scored
 *     exactly by the ranking, rather than found and scored by the ranking itself
 * @param foldRepeats whether a text that appears more than once among the reordered passages (same
 *     letters and digits, {@code PassageText.hash}) takes one place, as its best copy, which lists
 *     the others ({@link SearchHit#alsoIn}): a page of ten with the same sentence twice wastes a
 *     place and hides which copy to cite; false keeps each copy at {@code repeatWeight}
 */
public record Ranking(
    float k1,
    float b,
    float contextWeight,
    float titleWeight,
    float exactWeight,
    float aroundWeight,
    float relatedWeight,
    float spellingWeight,
    float proximityWeight,
    int proximitySlop,
    float referenceWeight,
    float labelWeight,
    int quotableWords,
    float shortExponent,
    float sameDocumentDecay,
    float repeatWeight,
    float officialWeight,
    float questionWeight,
    float coverageExponent,
    int rerankDepth,
    float glossaryWeight,
    float ruleWeight,
    float requestWeight,
    float framingWeight,
    float headingWeight,
    float joinedWordsWeight,
    float answerTypeWeight,
    float everydayWordsWeight,
    float requesterWeight,
    float thesaurusWeight,
    float plainWordsWeight,
    boolean abbreviationsInCapitals,
    boolean dropQuestionWords,
    boolean questionsInClauses,
    boolean namesWhole,
    boolean exactRescoring,
    boolean foldRepeats) {

  /**
   * Retuned after the seeds' messages, posts and quoted replies became passages of their own (issue
   * 4): unstemmed matches a little stronger (0.6 to 0.8) and a document's further passages a little
   * less discounted (0.9 to 0.95). Dev MRR@10 0.849 to 0.852, held-out 0.90 either way; the margin
   * is thin. The reranker reorders at least the top 50 (200 before issue 15; a longer page more,
   * {@code Reranker.depth}): the exact rescoring, coverage and facts it needs cost in proportion, a
   * quarter less CPU a search at 20,000 passages, and every eval set ranks its quotes at the same
   * places either way.
   *
   * <p>Fitted in issue 14 by {@code bench fit} (coordinate ascent over the knobs of {@code
   * bench/FittedKnob}, MRR@10 over the 55 tuning rows of the seed and evaluation-corpus sets,
   * changes of at least 0.005): two knobs moved, the rest held. {@code coverageExponent} 0.5 to
   * 0.75: covering more of a question's words counts for more, because the larger archive holds
   * more passages that share a few of them (pages on neighbouring benefits) without answering it
   * (evaluation-corpus tuning 0.716 to 0.741, seed tuning 0.575 to 0.570). {@code ruleWeight} 1.1
   * to 1.2: a rule statement answers a claimant's question a little more often than the old weight
   * allowed (tuning 0.654 to 0.657, one more quote in the top ten). Frozen halves, measured once
   * afterwards: seed 0.707 to 0.718 MRR@10 (Recall@10 0.875 both), evaluation corpus 0.528 to 0.531
   * (0.759 both); held-out 0.900 to 0.883 (one question from second to fourth). Gains this small
   * are within a question or two: the knobs were near their best, and what remains to win needs
   * mechanisms, not weights.
   *
   * <p>{@code framingWeight} 0.7 (issue 14p) was chosen on the tuning halves of both query sets,
   * before the fit above was merged with it (0.85, 0.7 and 0.5 tried; 0.7 and 0.5 alike, the milder
   * kept); the frozen halves and the held-out set hold or rise with it.
   *
   * <p>{@code joinedWordsWeight} is 0, the mechanism off (issue 14j). Switched on at 0.8, as {@code
   * spellingWeight} (the form is the word typed written another way, as a correction is; tuning
   * MRR@10 is the same from 0.3 to 1.0, {@code bench fit --knobs joinedWordsWeight}), the seed
   * sets' tuning half rose from 0.574 to 0.589 and the evaluation corpus's held at 0.744, but the
   * seed sets' frozen half, measured once, went from 0.718 to 0.717 (the evaluation corpus's held
   * at 0.548, held-out at 0.883): a change is kept only if neither frozen half drops.
   *
   * <p>{@code answerTypeWeight} 1.2 and {@code questionsInClauses} (issue 14e) were chosen on the
   * tuning halves (answerTypeWeight 1.2 and 1.4 alike, the milder kept): evaluation-corpus tuning
   * MRR@10 0.744 to 0.746, seed tuning 0.574 either way. Pseudo-relevance feedback (words shared by
   * the best 3 to 10 candidates, at weights 0.1 to 0.5) and the coverage of a passage's document
   * around it were tried in the same session and lowered the evaluation corpus's tuning half (0.705
   * to 0.737 and 0.587 to 0.737), so neither is here.
   *
   * <p>{@code headingWeight} 0.5 (issue 14h) came with headings read by the passage stage ({@code
   * passage/Role#HEADING}) and with statements printed without a full stop no longer read as
   * headings: without that, it would lower the evaluation corpus's tuning half (0.746 to 0.727
   * MRR@10) by pushing such a statement down. Together, tuning halves: seed 0.574 to 0.578
   * (Recall@10 0.786 to 0.821), evaluation corpus 0.746 either way ({@code bench fit --knobs
   * headingWeight}: 0.3 to 0.7 alike, the middle kept). Frozen halves with it and without: seed
   * 0.718 either way, evaluation corpus 0.549 and 0.548; it mostly keeps a lone heading below the
   * paragraph it heads.
   *
   * <p>{@code everydayWordsWeight} 0.3 (issue 14c): claimants' everyday phrases searched also as
   * the official term public advice pages give for them ({@code everyday-words.tsv}, built and
   * committed before any measuring). The tuning halves do not tell weights apart: MRR@10 and
   * Recall@10 are the same from 0 to 0.5 on both ({@code bench fit --knobs everydayWordsWeight};
   * seed 0.578 / 0.821, evaluation corpus 0.746 / 0.963), as only two tuning questions use one of
   * the phrases and both rank the same either way. 0.3 is below the glossary's 0.5, since a plain
   * description is looser than an abbreviation's expansion. Frozen halves, measured once with it
   * and without: evaluation corpus 0.549 to 0.566 MRR@10 (two questions in everyday words, from
   * ninth to second and fifth; Recall@10 0.759 either way), seed 0.718 either way (0.875); held-out
   * 0.883 either way.
   *
   * <p>{@code plainWordsWeight} 0.5 (issue 14aj): the official word for a plain phrase or phrasal
   * verb typed, as three plain-English word lists pair them ({@code plain-words.tsv}, taken whole
   * and committed before any measuring; only alternatives of two words or more, {@code
   * PlainWords.PHRASES}). Tuning pool, MRR@10 / Recall@10: blind set 0.598 / 0.768 to 0.600 / 0.779
   * (B14, "failed to take part", from no match to 5th, as "participate"; 8th at 0.3, 2nd at 1,
   * which would weigh a list's word as a word typed), seed and evaluation-corpus tuning halves,
   * blind seed set and held-out as before (0.608 / 0.821, 0.778 / 0.963, 0.644 / 0.813, 0.889 /
   * 1.000) at 0.1 to 1. Never tuned on, measured once with it and at 0: seed frozen half 0.719 /
   * 0.875, evaluation corpus frozen half 0.568 / 0.759, third blind set 0.573 / 0.787, the same
   * either way.
   *
   * <p>{@code requesterWeight} 0.5 (issue 14u) came from an error analysis of the tuning halves: of
   * the 21 tuning questions whose quote ranked below third, four had FOI requests above the answer
   * (the requester's message puts the question in the claimant's own words; the reply answers in
   * the body's). Tuning halves: evaluation corpus 0.764 to 0.778 MRR@10 (Recall@10 0.926 to 0.963;
   * four questions up, 4th to 3rd, 5th to 3rd, missed to 10th, 4th to 3rd), seed 0.581 either way,
   * as the seed captures' requests seldom reach the top; 0.6 moves the first three, 0.4 and 0.5
   * alike, and {@code bench fit --knobs requesterWeight} keeps 0.5. Frozen halves, measured once
   * with it and without: seed 0.718 to 0.719, evaluation corpus 0.566 to 0.568 (Recall@10 0.875 and
   * 0.759 either way); held-out 0.883 to 0.889.
   *
   * <p>{@code thesaurusWeight} 0, measured at 0.3 (issue 14w): WordNet 3.1's synonyms of a word or
   * expression typed, every sense of words of at most four senses ({@code
   * ArchiveQueryBuilder.THESAURUS_SENSES}), only those the archive holds. Tuning halves, MRR@10 /
   * Recall@10: seed 0.581 / 0.821 to 0.586 / 0.821, evaluation corpus 0.778 / 0.963 to 0.806 /
   * 0.963 (0.3 and 0.4 alike, 0.2 gains less: 0.583 / 0.787). Frozen halves, measured once: seed
   * 0.719 to 0.722 (Recall@10 0.875 either way), evaluation corpus 0.568 either way (0.759);
   * held-out 0.889 to 0.872 (one question, "VTR 2437 is registering on universal jobmatch
   * mandatory", from second to fourth: "mandatory" is also searched as "required"). Off (0): over
   * the questions it was not tuned on it moves one question up a little and one down two places, no
   * gain to ship a second expansion list for; 0.3 is the setting to measure it again with.
   *
   * <p>{@code namesWhole} (issue 14ae): a name typed in full with its "and" or "of" ("work and
   * health programme", "freedom of information") lost those words with the other question words,
   * and the three words left are neither the name nor its acronym to the analysis, which indexes
   * both as one term ({@code synonyms.txt}): a passage saying "WHP" could not match. On main's
   * indexes, MRR@10 / Recall@10, tuning pool: seed tuning half 0.581 / 0.821 to 0.608 / 0.821 (N10
   * fourth to first), blind seed set 0.637 / 0.787 to 0.644 / 0.813 (S56 from no match to fourth,
   * S57 from no match to second, S30 second to third), evaluation-corpus tuning half, blind set and
   * held-out as before. Never tuned on, measured once: seed frozen half 0.719 / 0.875, evaluation
   * corpus frozen half 0.568 / 0.759, third blind set 0.573 / 0.787, the same with it and without.
   */
  public static final Ranking DEFAULT =
      builder()
          .k1(1.2f)
          .b(0.3f)
          .contextWeight(0.2f)
          .titleWeight(0.2f)
          .exactWeight(0.8f)
          .aroundWeight(0.2f)
          .relatedWeight(0.7f)
          .spellingWeight(0.8f)
          .proximityWeight(0.3f)
          .proximitySlop(3)
          .referenceWeight(8f)
          .labelWeight(1.5f)
          .quotableWords(15)
          .shortExponent(0.5f)
          .sameDocumentDecay(0.95f)
          .repeatWeight(0.3f)
          .officialWeight(1.15f)
          .questionWeight(0.8f)
          .coverageExponent(0.75f)
          .rerankDepth(50)
          .glossaryWeight(0.5f)
          .ruleWeight(1.2f)
          .requestWeight(0.8f)
          .framingWeight(0.7f)
          .headingWeight(0.5f)
          .joinedWordsWeight(0f)
          .answerTypeWeight(1.2f)
          .everydayWordsWeight(0.3f)
          .requesterWeight(0.5f)
          .thesaurusWeight(0f)
          .plainWordsWeight(0.5f)
          .abbreviationsInCapitals(true)
          .dropQuestionWords(true)
          .questionsInClauses(true)
          .namesWhole(true)
          .exactRescoring(true)
          .foldRepeats(true)
          .build();

  /** A ranking built knob by knob, each by its name; every knob must be given. */
  public static Builder builder() {
    return new Builder();
  }

  /** This ranking's knobs, to change one or two by name (a tuning experiment). */
  public Builder toBuilder() {
    Builder knobs = new Builder();
    knobs.k1 = k1;
    knobs.b = b;
    knobs.contextWeight = contextWeight;
    knobs.titleWeight = titleWeight;
    knobs.exactWeight = exactWeight;
    knobs.aroundWeight = aroundWeight;
    knobs.relatedWeight = relatedWeight;
    knobs.spellingWeight = spellingWeight;
    knobs.proximityWeight = proximityWeight;
    knobs.proximitySlop = proximitySlop;
    knobs.referenceWeight = referenceWeight;
    knobs.labelWeight = labelWeight;
    knobs.quotableWords = quotableWords;
    knobs.shortExponent = shortExponent;
    knobs.sameDocumentDecay = sameDocumentDecay;
    knobs.repeatWeight = repeatWeight;
    knobs.officialWeight = officialWeight;
    knobs.questionWeight = questionWeight;
    knobs.coverageExponent = coverageExponent;
    knobs.rerankDepth = rerankDepth;
    knobs.glossaryWeight = glossaryWeight;
    knobs.ruleWeight = ruleWeight;
    knobs.requestWeight = requestWeight;
    knobs.framingWeight = framingWeight;
    knobs.headingWeight = headingWeight;
    knobs.joinedWordsWeight = joinedWordsWeight;
    knobs.answerTypeWeight = answerTypeWeight;
    knobs.everydayWordsWeight = everydayWordsWeight;
    knobs.requesterWeight = requesterWeight;
    knobs.thesaurusWeight = thesaurusWeight;
    knobs.plainWordsWeight = plainWordsWeight;
    knobs.abbreviationsInCapitals = abbreviationsInCapitals;
    knobs.dropQuestionWords = dropQuestionWords;
    knobs.questionsInClauses = questionsInClauses;
    knobs.namesWhole = namesWhole;
    knobs.exactRescoring = exactRescoring;
    knobs.foldRepeats = foldRepeats;
    return knobs;
  }

  /**
   * This ranking with each of the mechanisms switched off, the others as they are: what an ablation
   * measures.
   */
  public Ranking without(Collection<RankingMechanism> mechanisms) {
    Builder knobs = toBuilder();
    mechanisms.forEach(m -> m.switchOff(knobs));
    return knobs.build();
  }

  /**
   * Builds a {@link Ranking} by naming each knob, so a change to one reads as that knob's name in a
   * review.
   */
  public static final class Builder {
    private Float k1;
    private Float b;
    private Float contextWeight;
    private Float titleWeight;
    private Float exactWeight;
    private Float aroundWeight;
    private Float relatedWeight;
    private Float spellingWeight;
    private Float proximityWeight;
    private Integer proximitySlop;
    private Float referenceWeight;
    private Float labelWeight;
    private Integer quotableWords;
    private Float shortExponent;
    private Float sameDocumentDecay;
    private Float repeatWeight;
    private Float officialWeight;
    private Float questionWeight;
    private Float coverageExponent;
    private Integer rerankDepth;
    private Float glossaryWeight;
    private Float ruleWeight;
    private Float requestWeight;
    private Float framingWeight;
    private Float headingWeight;
    private Float joinedWordsWeight;
    private Float answerTypeWeight;
    private Float everydayWordsWeight;
    private Float requesterWeight;
    private Float thesaurusWeight;
    private Float plainWordsWeight;
    private Boolean abbreviationsInCapitals;
    private Boolean dropQuestionWords;
    private Boolean questionsInClauses;
    private Boolean namesWhole;
    private Boolean exactRescoring;
    private Boolean foldRepeats;

    private Builder() {}

    public Builder k1(float value) {
      this.k1 = value;
      return this;
    }

    public Builder b(float value) {
      this.b = value;
      return this;
    }

    public Builder contextWeight(float value) {
      this.contextWeight = value;
      return this;
    }

    public Builder titleWeight(float value) {
      this.titleWeight = value;
      return this;
    }

    public Builder exactWeight(float value) {
      this.exactWeight = value;
      return this;
    }

    public Builder aroundWeight(float value) {
      this.aroundWeight = value;
      return this;
    }

    public Builder relatedWeight(float value) {
      this.relatedWeight = value;
      return this;
    }

    public Builder spellingWeight(float value) {
      this.spellingWeight = value;
      return this;
    }

    public Builder proximityWeight(float value) {
      this.proximityWeight = value;
      return this;
    }

    public Builder proximitySlop(int value) {
      this.proximitySlop = value;
      return this;
    }

    public Builder referenceWeight(float value) {
      this.referenceWeight = value;
      return this;
    }

    public Builder labelWeight(float value) {
      this.labelWeight = value;
      return this;
    }

    public Builder quotableWords(int value) {
      this.quotableWords = value;
      return this;
    }

    public Builder shortExponent(float value) {
      this.shortExponent = value;
      return this;
    }

    public Builder sameDocumentDecay(float value) {
      this.sameDocumentDecay = value;
      return this;
    }

    public Builder repeatWeight(float value) {
      this.repeatWeight = value;
      return this;
    }

    public Builder officialWeight(float value) {
      this.officialWeight = value;
      return this;
    }

    public Builder questionWeight(float value) {
      this.questionWeight = value;
      return this;
    }

    public Builder coverageExponent(float value) {
      this.coverageExponent = value;
      return this;
    }

    public Builder rerankDepth(int value) {
      this.rerankDepth = value;
      return this;
    }

    public Builder glossaryWeight(float value) {
      this.glossaryWeight = value;
      return this;
    }

    public Builder ruleWeight(float value) {
      this.ruleWeight = value;
      return this;
    }

    public Builder requestWeight(float value) {
      this.requestWeight = value;
      return this;
    }

    public Builder framingWeight(float value) {
      this.framingWeight = value;
      return this;
    }

    public Builder headingWeight(float value) {
      this.headingWeight = value;
      return this;
    }

    public Builder joinedWordsWeight(float value) {
      this.joinedWordsWeight = value;
      return this;
    }

    public Builder answerTypeWeight(float value) {
      this.answerTypeWeight = value;
      return this;
    }

    public Builder abbreviationsInCapitals(boolean value) {
      this.abbreviationsInCapitals = value;
      return this;
    }

    public Builder everydayWordsWeight(float value) {
      this.everydayWordsWeight = value;
      return this;
    }

    public Builder requesterWeight(float value) {
      this.requesterWeight = value;
      return this;
    }

    public Builder thesaurusWeight(float value) {
      this.thesaurusWeight = value;
      return this;
    }

    public Builder plainWordsWeight(float value) {
      this.plainWordsWeight = value;
      return this;
    }

    public Builder dropQuestionWords(boolean value) {
      this.dropQuestionWords = value;
      return this;
    }

    public Builder questionsInClauses(boolean value) {
      this.questionsInClauses = value;
      return this;
    }

    public Builder namesWhole(boolean value) {
      this.namesWhole = value;
      return this;
    }

    public Builder exactRescoring(boolean value) {
      this.exactRescoring = value;
      return this;
    }

    public Builder foldRepeats(boolean value) {
      this.foldRepeats = value;
      return this;
    }

    /**
     * @throws IllegalStateException naming the first knob not given
     */
    public Ranking build() {
      return new Ranking(
          need(k1, "k1"),
          need(b, "b"),
          need(contextWeight, "contextWeight"),
          need(titleWeight, "titleWeight"),
          need(exactWeight, "exactWeight"),
          need(aroundWeight, "aroundWeight"),
          need(relatedWeight, "relatedWeight"),
          need(spellingWeight, "spellingWeight"),
          need(proximityWeight, "proximityWeight"),
          need(proximitySlop, "proximitySlop"),
          need(referenceWeight, "referenceWeight"),
          need(labelWeight, "labelWeight"),
          need(quotableWords, "quotableWords"),
          need(shortExponent, "shortExponent"),
          need(sameDocumentDecay, "sameDocumentDecay"),
          need(repeatWeight, "repeatWeight"),
          need(officialWeight, "officialWeight"),
          need(questionWeight, "questionWeight"),
          need(coverageExponent, "coverageExponent"),
          need(rerankDepth, "rerankDepth"),
          need(glossaryWeight, "glossaryWeight"),
          need(ruleWeight, "ruleWeight"),
          need(requestWeight, "requestWeight"),
          need(framingWeight, "framingWeight"),
          need(headingWeight, "headingWeight"),
          need(joinedWordsWeight, "joinedWordsWeight"),
          need(answerTypeWeight, "answerTypeWeight"),
          need(everydayWordsWeight, "everydayWordsWeight"),
          need(requesterWeight, "requesterWeight"),
          need(thesaurusWeight, "thesaurusWeight"),
          need(plainWordsWeight, "plainWordsWeight"),
          need(abbreviationsInCapitals, "abbreviationsInCapitals"),
          need(dropQuestionWords, "dropQuestionWords"),
          need(questionsInClauses, "questionsInClauses"),
          need(namesWhole, "namesWhole"),
          need(exactRescoring, "exactRescoring"),
          need(foldRepeats, "foldRepeats"));
    }

    private static <T> T need(T value, String knob) {
      if (value == null) {
        throw new IllegalStateException("ranking knob '" + knob + "' not given");
      }
      return value;
    }
  }
}
