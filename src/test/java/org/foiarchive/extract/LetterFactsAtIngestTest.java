package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * A reply fetched as a WhatDoTheyKnow attachment comes with a kind and a title but not its own date
 * or reference: extraction reads them from its head, and never over what the manifest says.
 */
class LetterFactsAtIngestTest {
  private static final byte[] REPLY =
      TestDocuments.pdf(
          List.of(
              "DWP Central Freedom of Information Team",
              "Our Ref: FOI2019/24310",
              "28 June 2019",
              "Dear Mr Example,",
              "Thank you for your Freedom of Information request received on",
              "28 May 2019. You asked about work placements.",
              "Yours sincerely,",
              "DWP Central FoI Team"));

  private final DocumentExtractor extractor = new DocumentExtractor(new TikaTextExtractor());

  private static Source attachment() {
    return Source.of("reply", null, SourceKind.FOI_RESPONSE, "FOI2019 24310.pdf")
        .withSnapshot("snapshots/reply.pdf", "0", "application/pdf", null);
  }

  @Test
  void anAttachmentWithoutItsOwnFactsTakesThemFromItsHead() throws Exception {
    Provenance facts = extractor.extract(attachment(), REPLY).source().provenance();

    assertThat(facts.date()).isEqualTo(PartialDate.parse("2019-06-28"));
    assertThat(facts.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(facts.author()).isEqualTo("DWP Central FoI Team");
    assertThat(facts.references()).containsExactly("FOI2019/24310");
    assertThat(facts.title()).isEqualTo("FOI2019 24310.pdf");
  }

  @Test
  void whatTheManifestSaysIsKept() throws Exception {
    Source corrected =
        attachment()
            .withMetadata(
                "Jobcentre Plus",
                "A Officer",
                PartialDate.parse("2019-07-01"),
                List.of("FOI 24310"),
                List.of(),
                null,
                null);

    Provenance facts = extractor.extract(corrected, REPLY).source().provenance();

    assertThat(facts.publisher()).isEqualTo("Jobcentre Plus");
    assertThat(facts.author()).isEqualTo("A Officer");
    assertThat(facts.date()).isEqualTo(PartialDate.parse("2019-07-01"));
    assertThat(facts.references()).containsExactly("FOI 24310", "FOI2019/24310");
  }
}
