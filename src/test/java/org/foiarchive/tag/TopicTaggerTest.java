package org.foiarchive.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.foiarchive.index.ArchiveAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's own topic definitions (corpus/topics.yml) applied to passages taken from the seed
 * pages.
 */
class TopicTaggerTest {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();
  private final TopicTagger tagger =
      new TopicTagger(
          Topics.load(Path.of("corpus/topics.yml")), ANALYZERS.prose(), ANALYZERS.query());

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Claimants can choose to allow DWP access to their account on a purely voluntary basis by ticking a box within their UJ profile. | consent
      Consent has to be freely given to access UJM. If duress is applied with the use of a sanction, then this is unlawful. | consent
      The system uses multiple cookies, from the DWP/Monster, so as to monitor claimants' activities, whenever it will choose to do so. | cookies
      PECR does not say whose wishes should take precedence if they are different. | cookies
      51. Where you have explained the benefits to claimants of creating a profile and public CV in Universal Jobmatch and they will not do so willingly, they can be mandated to create a profile and public CV. | mandation
      Jobseeker’s Directions can be issued under section 19A(2)(c) of the Jobseekers Act 1995. | mandation
      1.3 You agree that your Job Coach/Advisor has the ability to view the applications submitted through Avanta Jobs for the purpose of supporting you through the application process and assisting you in your job search. | clones
      Even so, compulsory DWP Work Programme (WP) and Community Workfare Placement (CWP) workfare providers have created clones of UJ, to undertake supervised Jobsearch. | clones
      Employers cannot access jobseekers’ personal data or CVs unless the jobseeker applies for a job or replies to an invitation to apply. | data-sharing
      “As DWP is the data controller not the provider, providers do not hold any information about DWP participants in their own right. | data-sharing
      It is self-evident that Universal Jobmatch (UJ) can be and is used to facilitate benefit sanctions and total loss of benefits. | sanctions
      That's fine in principal but in practice what will happen is that they'll raise a doubt against you for refusal to participate. | sanctions
      82. We cannot specify to a JSA claimant how they provide us with records of their jobsearch activity and Universal Jobmatch will not change this. | job-search-evidence
      21593 Corroboration of claimants evidence is not essential (see DMG Chapter 03). | job-search-evidence
      """)
  void aSeedPassageAboutATopicGetsIt(String passage, String topic) {
    assertThat(tagger.topicsOf(passage)).contains(topic.strip());
  }

  @Test
  void acronymsAndTheirExpansionsTagAlike() {
    assertThat(tagger.topicsOf("You cannot issue a JD to mandate a claimant to create a profile."))
        .contains("mandation");
    assertThat(
            tagger.topicsOf(
                "The Privacy and Electronic Communications Regulations apply to the site."))
        .contains("cookies");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Dear Sir or Madam,
      I look forward to your reply.
      Thank you for your Freedom of Information request.
      The Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow Cheshire SK9 5AF
      https://www.gov.uk/government/organisations/department-for-work-pensions/about/personal-information-charter
      https://ico.org.uk/for-organisations/guide-to-pecr/cookies-and-similar-technologies/
      """)
  void lettersFurnitureAndBareLinksGetNoTopic(String passage) {
    assertThat(tagger.topicsOf(passage)).isEmpty();
  }

  @Test
  void topicsComeInTheOrderOfTheTopicsFile() {
    assertThat(
            tagger.topicsOf(
                "53. You also cannot issue a Jobseeker’s Direction to mandate a claimant to give us access "
                    + "to their account – this is their decision not ours."))
        .containsExactly("consent", "mandation");
  }
}
