package org.foiarchive.testing;

import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.ingest.CorpusImporter;

/**
 * What a test tells {@code import} about a file it wrote: the kind, and where known the publisher,
 * title and date; no address, author, topics or references, as a user importing a file by hand.
 */
public final class ImportFacts {
  private ImportFacts() {}

  public static CorpusImporter.Metadata of(
      SourceKind kind, String publisher, String title, String date) {
    return new CorpusImporter.Metadata(
        null,
        new Provenance(
            null,
            kind,
            publisher,
            null,
            title,
            PartialDate.parseOrNull(date),
            List.of(),
            List.of()),
        null,
        null);
  }
}
