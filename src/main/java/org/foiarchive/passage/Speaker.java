package org.foiarchive.passage;

import org.foiarchive.corpus.PartialDate;

/**
 * Who speaks in a passage and when, so a reader can tell a DWP sentence from a blogger's.
 *
 * @param voice whose words these are
 * @param author who wrote this part, where known (a message's sender, an annotation's author)
 * @param date the part's own date where it has one, else the document's; null when undated
 * @param quotedReference for quoted-official passages, the reference the quote gives, or null
 */
public record Speaker(Voice voice, String author, PartialDate date, String quotedReference) {

  /** The same words heard as another voice, with the reference that voice gives. */
  public Speaker as(Voice voice, String quotedReference) {
    return new Speaker(voice, author, date, quotedReference);
  }
}
