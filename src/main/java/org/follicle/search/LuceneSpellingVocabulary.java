package org.follicle.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

/** The spelling vocabulary read straight from the Lucene index by a direct spell checker. */
class LuceneSpellingVocabulary implements SpellingVocabulary {

  private final EntityManagerFactory entities;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  LuceneSpellingVocabulary(EntityManagerFactory entities) {
    this.entities = entities;
    checker.setMinPrefix(1);
  }

  @Override
  public Map<String, String> corrections(Set<String> words) {
    try (IndexReader reader =
        Search.mapping(entities)
            .scope(IndexedPaper.class)
            .extension(LuceneExtension.get())
            .openIndexReader()) {
      Map<String, String> corrections = new HashMap<>();
      for (String word : words) {
        Term asIndexed = new Term(SpellingSuggestion.FIELD, word);
        if (reader.docFreq(asIndexed) == 0) {
          SuggestWord[] best =
              checker.suggestSimilar(asIndexed, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (best.length > 0) {
            corrections.put(word, best[0].string);
          }
        }
      }
      return corrections;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the index for spelling suggestions", e);
    }
  }
}
