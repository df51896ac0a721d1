package org.follicle.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.Search;

/**
 * The spelling vocabulary asked through OpenSearch's term suggester, which runs the same direct
 * spell checker on the index (edit distance 2, first letter kept, only for words the index lacks)
 * as {@link LuceneSpellingVocabulary} does in process.
 */
class OpenSearchSpellingVocabulary implements SpellingVocabulary {

  private final EntityManagerFactory entities;

  OpenSearchSpellingVocabulary(EntityManagerFactory entities) {
    this.entities = entities;
  }

  @Override
  public Map<String, String> corrections(Set<String> words) {
    if (words.isEmpty()) {
      return Map.of();
    }
    List<String> asked = new ArrayList<>(words);
    JsonObject suggest = new JsonObject();
    for (int i = 0; i < asked.size(); i++) {
      suggest.add("w" + i, termSuggestion(asked.get(i)));
    }
    JsonObject answer;
    try (var session = entities.createEntityManager()) {
      answer =
          Search.session(session)
              .search(IndexedPaper.class)
              .extension(ElasticsearchExtension.get())
              .where(f -> f.matchNone())
              .requestTransformer(request -> request.body().add("suggest", suggest))
              .fetch(0)
              .responseBody()
              .getAsJsonObject("suggest");
    }
    Map<String, String> corrections = new HashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      for (JsonElement entry : answer.getAsJsonArray("w" + i)) {
        JsonArray options = entry.getAsJsonObject().getAsJsonArray("options");
        if (!options.isEmpty()) {
          corrections.put(asked.get(i), options.get(0).getAsJsonObject().get("text").getAsString());
        }
      }
    }
    return corrections;
  }

  /** The defaults of Lucene's DirectSpellChecker, spelt out: what the Lucene backend uses. */
  private static JsonObject termSuggestion(String word) {
    JsonObject term = new JsonObject();
    term.addProperty("field", SpellingSuggestion.FIELD);
    term.addProperty("suggest_mode", "missing");
    term.addProperty("size", 1);
    term.addProperty("max_edits", 2);
    term.addProperty("prefix_length", 1);
    term.addProperty("min_word_length", 4);
    term.addProperty("sort", "score");
    term.addProperty("string_distance", "internal");
    JsonObject suggestion = new JsonObject();
    suggestion.addProperty("text", word);
    suggestion.add("term", term);
    return suggestion;
  }
}
