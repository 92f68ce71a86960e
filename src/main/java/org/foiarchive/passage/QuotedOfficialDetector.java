package org.foiarchive.passage;

import java.util.List;

/**
 * Finds official wording reproduced inside commentary (a DWP reply pasted into a blog post) and marks it
 * {@link Voice#QUOTED_OFFICIAL}. This first version marks nothing; see the issue on voices.
 */
public class QuotedOfficialDetector {
  public List<Passage> mark(List<Passage> passages) {
    return passages;
  }
}
