package org.follicle.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": each word of a query that no title, keyword or MeSH term contains is replaced by
 * the closest word that some do (Levenshtein distance up to 2), from the words the index holds.
 */
@Component
class SpellingSuggestion {

  /** The index field of unstemmed title, keyword and MeSH words the suggestions come from. */
  static final String FIELD = "spelling";

  private final SpellingVocabulary vocabulary;

  SpellingSuggestion(SpellingVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * The query as written with each unknown word of its terms replaced by the closest known word, or
   * empty when every word is known or nothing closer was found.
   */
  Optional<String> suggest(String raw, SearchQuery query) {
    if (!query.hasTerms()) {
      return Optional.empty();
    }
    Set<String> words = new LinkedHashSet<>();
    for (String term : query.terms()) {
      for (String word : term.replace("\"", "").split("\\s+")) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() >= 4 && lower.chars().allMatch(Character::isLetter)) {
          words.add(lower);
        }
      }
    }
    String suggested = raw;
    for (Map.Entry<String, String> correction : vocabulary.corrections(words).entrySet()) {
      suggested =
          Pattern.compile(
                  "\\b" + Pattern.quote(correction.getKey()) + "\\b", Pattern.CASE_INSENSITIVE)
              .matcher(suggested)
              .replaceAll(Matcher.quoteReplacement(correction.getValue()));
    }
    return suggested.equals(raw) ? Optional.empty() : Optional.of(suggested);
  }
}
