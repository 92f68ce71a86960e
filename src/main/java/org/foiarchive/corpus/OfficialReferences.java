package org.foiarchive.corpus;

/**
 * How the public bodies print their own references, spelt once for every stage that looks for them:
 * fetching (an ICO notice's address), extraction (a notice's first pages), splitting (a letter's
 * "Our ref"), tagging (every passage) and citing (whose wording a quotation is). Regular-expression
 * fragments without anchors or flags, so each stage can place them in its own context; groups are
 * as documented.
 */
public final class OfficialReferences {
  /**
   * An ICO decision-notice case reference: FS50441818 and FER0123456 (to 2021), IC-358804-N4G8
   * (since). No groups.
   */
  public static final String ICO_CASE = "FS5\\d{7}|FER0\\d{6}|IC-\\d{4,7}-[A-Z0-9]{4}";

  /**
   * The prefixes of ICO casework letters (IRQ0123456, RFA…, ENQ…), which carry the digits after
   * them.
   */
  public static final String ICO_CASEWORK_PREFIX = "IRQ|RFA|ENQ";

  /**
   * A DWP FOI, internal-review or VTR reference by number: group 1 the prefix (FOI, VTR, IR), group
   * 2 the number, group 3 the two-digit year some replies add ("FOI 2437/13"), or null.
   */
  public static final String DWP_REQUEST = "(FOI|VTR|IR)\\s?(\\d{2,5})(?:/(\\d{2}))?";

  private OfficialReferences() {}
}
