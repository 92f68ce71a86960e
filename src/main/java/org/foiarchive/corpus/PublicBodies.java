package org.foiarchive.corpus;

/**
 * The public bodies the archive is about, named as their own letters and the manifest name them, so
 * a publisher recorded at fetch or extraction and a body named in a citation are the same string.
 */
public final class PublicBodies {
  public static final String DWP = "Department for Work and Pensions";
  public static final String ICO = "Information Commissioner's Office";

  private PublicBodies() {}
}
