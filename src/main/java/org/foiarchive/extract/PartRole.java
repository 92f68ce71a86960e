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
  POST,
  /**
   * An earlier message quoted or forwarded in an e-mail, by someone other than its sender and not
   * from a public body's address: in a public body's reply, the message it answers.
   */
  QUOTED,
  /**
   * A public body's earlier message quoted or forwarded in an e-mail that is not the body's own.
   */
  QUOTED_OFFICIAL
}
