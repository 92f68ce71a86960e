package org.foiarchive.extract;

/**
 * What a part of a document is, as its source shows it. Voice (who is speaking, for the reader) is
 * decided later from the role and the source's kind.
 */
public enum PartRole {
  /** The document's own text: a letter, a guidance page, a blog post. */
  BODY,
  /** A message from the public body to the requester (Alaveteli's "incoming"). */
  INCOMING,
  /** A message from the requester to the public body (Alaveteli's "outgoing"). */
  OUTGOING,
  /** A note left on a request page by a third party. */
  ANNOTATION,
  /** One post of a forum thread. */
  POST
}
