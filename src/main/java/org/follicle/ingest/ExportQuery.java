package org.follicle.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.follicle.catalog.PaperRecord;

/**
 * The papers an export takes: those whose title, keywords, categories, journal or authors contain
 * every word of the query (case and accents ignored). An empty query takes every paper.
 */
public final class ExportQuery implements Predicate<PaperRecord> {

  private final List<String> words;

  private ExportQuery(List<String> words) {
    this.words = words;
  }

  /** The query of these words; null or blank matches every paper. */
  public static ExportQuery of(String query) {
    return new ExportQuery(
        query == null
            ? List.of()
            : Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toList());
  }

  @Override
  public boolean test(PaperRecord paper) {
    if (words.isEmpty()) {
      return true;
    }
    String text = fold(searchable(paper));
    return words.stream().allMatch(text::contains);
  }

  private static String searchable(PaperRecord paper) {
    return String.join(
        " ",
        Stream.of(
                Stream.of(paper.title(), paper.journal() == null ? null : paper.journal().name()),
                paper.keywords().stream(),
                paper.categories().stream().map(PaperRecord.Category::name),
                paper.authors().stream().map(PaperRecord.Author::displayName))
            .flatMap(s -> s)
            .filter(s -> s != null)
            .toList());
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
