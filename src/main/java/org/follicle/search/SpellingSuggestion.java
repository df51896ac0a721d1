package org.follicle.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": each word of a query that no title, keyword or MeSH term contains is replaced by
 * the closest word that some do (Levenshtein distance up to 2), from the words the index holds.
 */
@Component
class SpellingSuggestion {

  /** The index field of unstemmed title, keyword and MeSH words the suggestions come from. */
  static final String FIELD = "spelling";

  private final EntityManagerFactory entities;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingSuggestion(EntityManagerFactory entities) {
    this.entities = entities;
    checker.setMinPrefix(1);
  }

  /**
   * The query as written with each unknown word of its terms replaced by the closest known word, or
   * empty when every word is known or nothing closer was found.
   */
  Optional<String> suggest(String raw, SearchQuery query) {
    if (!query.hasTerms()) {
      return Optional.empty();
    }
    try (IndexReader reader =
        Search.mapping(entities)
            .scope(IndexedPaper.class)
            .extension(LuceneExtension.get())
            .openIndexReader()) {
      String suggested = raw;
      for (String term : query.terms()) {
        for (String word : term.replace("\"", "").split("\\s+")) {
          Optional<String> better = correct(word, reader);
          if (better.isPresent()) {
            suggested =
                Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(suggested)
                    .replaceAll(Matcher.quoteReplacement(better.get()));
          }
        }
      }
      return suggested.equals(raw) ? Optional.empty() : Optional.of(suggested);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the index for spelling suggestions", e);
    }
  }

  /** The closest word the index holds, for a word it lacks. */
  private Optional<String> correct(String word, IndexReader reader) throws IOException {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    Term asIndexed = new Term(FIELD, lower);
    if (reader.docFreq(asIndexed) > 0) {
      return Optional.empty();
    }
    SuggestWord[] best =
        checker.suggestSimilar(asIndexed, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return best.length == 0 ? Optional.empty() : Optional.of(best[0].string);
  }
}
