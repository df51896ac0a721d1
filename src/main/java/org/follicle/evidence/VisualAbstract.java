package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The visual abstract of a study: its title and five panels (design, population, intervention, key
 * result, follow-up) drawn from its facts and results, with the alt text that says the same in
 * words.
 */
record VisualAbstract(String title, List<Panel> panels) {

  /** One labelled panel, such as "Population: 9 participants, mean age 14.6 years". */
  record Panel(String label, String text) {}

  static final String NOT_STATED = "Not stated in the abstract";

  /** The visual abstract of a study with these facts and results, or empty when it has no facts. */
  static Optional<VisualAbstract> of(
      String title, List<StudyFact> facts, List<StudyResult> results) {
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    List<Panel> panels =
        List.of(
            new Panel("Design", capitalise(first(facts, FactKind.DESIGN).orElse(NOT_STATED))),
            new Panel("Population", population(facts)),
            new Panel("Intervention", intervention(facts)),
            new Panel("Key result", keyResult(facts, results)),
            new Panel("Follow-up", followUp(facts, results)));
    return Optional.of(new VisualAbstract(title, panels));
  }

  /** What the image shows, in words, for screen readers and for search engines. */
  String altText() {
    return "Visual abstract of \u201c%s\u201d. %s."
        .formatted(
            title,
            panels.stream()
                .map(p -> p.label() + ": " + p.text())
                .collect(Collectors.joining(". ")));
  }

  private static String population(List<StudyFact> facts) {
    List<String> parts = new ArrayList<>();
    first(facts, FactKind.SAMPLE_SIZE)
        .ifPresent(n -> parts.add(n + (n.equals("1") ? " participant" : " participants")));
    first(facts, FactKind.AGE).ifPresent(parts::add);
    first(facts, FactKind.SEX).ifPresent(parts::add);
    HairLossConditions.Condition condition = HairLossConditions.of(facts);
    if (condition != HairLossConditions.UNSTATED) {
      parts.add(condition.name().toLowerCase(Locale.ROOT));
    } else {
      first(facts, FactKind.CONDITION).ifPresent(parts::add);
    }
    return parts.isEmpty() ? NOT_STATED : capitalise(String.join(", ", parts));
  }

  private static String intervention(List<StudyFact> facts) {
    Optional<String> intervention = first(facts, FactKind.INTERVENTION);
    if (intervention.isEmpty()) {
      return NOT_STATED;
    }
    return capitalise(intervention.get())
        + first(facts, FactKind.DURATION).map(d -> ", " + d).orElse("");
  }

  private static String keyResult(List<StudyFact> facts, List<StudyResult> results) {
    return results.stream()
        .filter(r -> r.kind() != StudyResult.Kind.ADVERSE_EVENT)
        .findFirst()
        .map(StudyResult::describe)
        .or(() -> first(facts, FactKind.RESPONSE_RATE))
        .map(VisualAbstract::capitalise)
        .orElse("No response figures in the abstract");
  }

  private static String followUp(List<StudyFact> facts, List<StudyResult> results) {
    return first(facts, FactKind.FOLLOW_UP)
        .or(() -> results.stream().map(StudyResult::timepoint).filter(t -> t != null).findFirst())
        .map(VisualAbstract::capitalise)
        .orElse(NOT_STATED);
  }

  private static Optional<String> first(List<StudyFact> facts, FactKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).map(StudyFact::value).findFirst();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
