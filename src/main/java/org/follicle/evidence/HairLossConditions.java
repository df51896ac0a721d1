package org.follicle.evidence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hair-loss conditions treatment pages group studies by, the most specific first: a study of
 * alopecia universalis (the most extensive form of alopecia areata) is grouped under universalis
 * even when its abstract names alopecia areata too.
 */
final class HairLossConditions {

  /** A condition: its slug, its name and the words that name it. */
  record Condition(String slug, String name, Pattern words) {

    Condition(String slug, String name, String regex) {
      this(slug, name, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE));
    }
  }

  static final Condition UNSTATED = new Condition("unstated", "Condition not stated", "(?!)");

  private static final List<Condition> BY_SPECIFICITY =
      List.of(
          new Condition("alopecia-universalis", "Alopecia universalis", "alopecia\\s+universalis"),
          new Condition("alopecia-totalis", "Alopecia totalis", "alopecia\\s+totalis"),
          new Condition("alopecia-areata", "Alopecia areata", "alopecia\\s+areata|ophiasis"),
          new Condition(
              "frontal-fibrosing-alopecia",
              "Frontal fibrosing alopecia",
              "frontal\\s+fibrosing\\s+alopecia"),
          new Condition("lichen-planopilaris", "Lichen planopilaris", "lichen\\s+planopilaris"),
          new Condition(
              "central-centrifugal-cicatricial-alopecia",
              "Central centrifugal cicatricial alopecia",
              "central\\s+centrifugal\\s+cicatricial\\s+alopecia"),
          new Condition(
              "androgenetic-alopecia",
              "Androgenetic alopecia (pattern hair loss)",
              "androgen(?:et)?ic\\s+alopecia|(?:male|female)[- ]pattern\\s+(?:hair\\s+loss|baldness"
                  + "|alopecia)"),
          new Condition("telogen-effluvium", "Telogen effluvium", "telogen\\s+effluvium"),
          new Condition(
              "chemotherapy-induced-alopecia",
              "Chemotherapy-induced alopecia",
              "chemotherapy[- ]induced\\s+alopecia"),
          new Condition("traction-alopecia", "Traction alopecia", "traction\\s+alopecia"),
          new Condition(
              "scarring-alopecia",
              "Scarring alopecia",
              "scarring\\s+alopecia|cicatricial\\s+alopecia"));

  private HairLossConditions() {}

  /** The most specific condition these condition facts name, or {@link #UNSTATED}. */
  static Condition of(List<StudyFact> facts) {
    for (Condition condition : BY_SPECIFICITY) {
      boolean named =
          facts.stream()
              .filter(f -> f.kind() == FactKind.CONDITION)
              .anyMatch(f -> condition.words().matcher(f.value()).find());
      if (named) {
        return condition;
      }
    }
    return UNSTATED;
  }

  /** The condition with this slug. */
  static Optional<Condition> bySlug(String slug) {
    if (slug.equals(UNSTATED.slug())) {
      return Optional.of(UNSTATED);
    }
    return BY_SPECIFICITY.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }
}
