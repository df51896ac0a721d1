package org.follicle.ingest;

import java.util.List;

/**
 * Picks a record's article type from its PubMed publication types, which PubMed lists in
 * alphabetical order rather than by importance. The rule: the type that comes first in {@link
 * #MOST_SPECIFIC_FIRST} (notices, then evidence syntheses, trials by strength of design, other
 * studies, guidelines, reviews and opinion); failing that the first listed type that says what the
 * article is rather than how it was funded or indexed; failing that the first type.
 */
final class PubmedPublicationTypes {

  private static final List<String> MOST_SPECIFIC_FIRST =
      List.of(
          "Retraction of Publication",
          "Published Erratum",
          "Expression of Concern",
          "Meta-Analysis",
          "Systematic Review",
          "Randomized Controlled Trial",
          "Randomized Controlled Trial, Veterinary",
          "Equivalence Trial",
          "Pragmatic Clinical Trial",
          "Adaptive Clinical Trial",
          "Clinical Trial, Phase IV",
          "Clinical Trial, Phase III",
          "Clinical Trial, Phase II",
          "Clinical Trial, Phase I",
          "Controlled Clinical Trial",
          "Clinical Trial, Veterinary",
          "Clinical Trial",
          "Clinical Trial Protocol",
          "Clinical Study",
          "Observational Study",
          "Observational Study, Veterinary",
          "Twin Study",
          "Multicenter Study",
          "Validation Study",
          "Validation Studies",
          "Evaluation Study",
          "Evaluation Studies",
          "Comparative Study",
          "Case Reports",
          "Practice Guideline",
          "Guideline",
          "Consensus Development Conference, NIH",
          "Consensus Development Conference",
          "Scoping Review",
          "Review",
          "Editorial",
          "Comment",
          "Letter");

  /** Types that describe funding, indexing or status, never what kind of article it is. */
  private static final List<String> NOT_A_KIND =
      List.of("Journal Article", "English Abstract", "Retracted Publication", "Research Support");

  private PubmedPublicationTypes() {}

  /** The most specific of the types, or null when there are none. */
  static String articleType(List<String> types) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String type : types) {
      int rank = MOST_SPECIFIC_FIRST.indexOf(type);
      if (rank >= 0 && rank < bestRank) {
        best = type;
        bestRank = rank;
      }
    }
    if (best != null) {
      return best;
    }
    return types.stream()
        .filter(type -> !isAboutFundingOrStatus(type))
        .findFirst()
        .orElse(types.isEmpty() ? null : types.get(0));
  }

  private static boolean isAboutFundingOrStatus(String type) {
    return NOT_A_KIND.stream().anyMatch(type::startsWith);
  }
}
