package org.foiarchive.fetch;

import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;

/**
 * What discovery learned about a resource before it is recorded: the manifest fields it will get
 * and the kind of file expected at its address.
 *
 * @param expectedType the media type asked for (an HTML page served instead is refused), or null
 *     for any
 * @param fetchUrl where the bytes come from when that differs from {@code url} (GOV.UK's Content
 *     API), else null
 */
record Description(
    String url,
    String fetchUrl,
    SourceKind kind,
    String title,
    String publisher,
    String author,
    PartialDate date,
    List<String> references,
    String note,
    String expectedType) {

  Description {
    references = references == null ? List.of() : List.copyOf(references);
  }

  String source() {
    return fetchUrl != null ? fetchUrl : url;
  }
}
