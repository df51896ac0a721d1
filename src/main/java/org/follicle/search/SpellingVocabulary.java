package org.follicle.search;

import java.util.Map;
import java.util.Set;

/** The words of the spelling field of the index, asked for those closest to words it lacks. */
interface SpellingVocabulary {

  /**
   * For each lower-case word that no indexed paper holds, the closest word that some do (at most
   * two edits away, sharing the first letter); words held, or with nothing close, are left out.
   */
  Map<String, String> corrections(Set<String> words);
}
