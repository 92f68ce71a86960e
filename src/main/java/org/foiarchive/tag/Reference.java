package org.foiarchive.tag;

/**
 * A reference printed in a document: an FOI case, a guidance paragraph, a section of an Act.
 *
 * @param canonical the form the index and {@code ref:} filters use ("FOI 2437", "DMG 21594")
 * @param printed the text as it appears in the document ("VTR 2437")
 * @param url where the referenced text can be read (legislation.gov.uk, BAILII), or null
 */
public record Reference(Type type, String canonical, String printed, String url) {
  /** Families of reference, for display and for linking. */
  public enum Type {
    DWP_FOI,
    DWP_INTERNAL_REVIEW,
    DMG,
    ADM,
    GUIDANCE_CHAPTER,
    ACT,
    ACT_SECTION,
    REGULATION,
    STATUTORY_INSTRUMENT,
    TRIBUNAL,
    ICO_CASE
  }
}
