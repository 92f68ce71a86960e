package org.foiarchive.web;

import java.util.regex.Pattern;

/**
 * Ids arriving in URLs: only the archive's own slug shapes get through, so no path can be smuggled
 * in.
 */
final class Ids {
  private static final Pattern DOC_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  private static final Pattern PASSAGE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}-p\\d{1,7}");

  private Ids() {}

  static String docId(String id) {
    if (id == null || !DOC_ID.matcher(id).matches()) {
      throw new NotFoundException("document " + id);
    }
    return id;
  }

  static String passageId(String id) {
    if (id == null || !PASSAGE_ID.matcher(id).matches()) {
      throw new NotFoundException("passage " + id);
    }
    return id;
  }
}
