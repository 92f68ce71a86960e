package org.foiarchive.search;

/**
 * What an index holds of a word or of two words side by side, unstemmed ("jobsearch", "job
 * search"): how query expansion learns which ways of writing a word the archive itself uses.
 */
interface Vocabulary {
  /** An index that holds nothing: no form is added. */
  Vocabulary NONE =
      new Vocabulary() {
        @Override
        public boolean holds(String word, int passages) {
          return false;
        }

        @Override
        public boolean holdsPhrase(String first, String second, int passages) {
          return false;
        }
      };

  /** Whether at least that many passages hold the word, as printed (in lower case). */
  boolean holds(String word, int passages);

  /** Whether at least that many passages hold the two words next to each other, in that order. */
  boolean holdsPhrase(String first, String second, int passages);
}
