package org.follicle.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The facts and results of papers as readers see them: what extraction read, with moderators'
 * corrections in place of the facts they correct, without the facts they removed, and with the
 * facts they added. A corrected response or adverse event also replaces the extracted result it
 * stood for, so treatment pages pool what the moderator wrote.
 */
@Component
class ModeratedFacts {

  private final StudyFactStore facts;
  private final StudyResultStore results;
  private final FactCorrectionStore corrections;

  ModeratedFacts(StudyFactStore facts, StudyResultStore results, FactCorrectionStore corrections) {
    this.facts = facts;
    this.results = results;
    this.corrections = corrections;
  }

  /** A fact as shown: its id, and the correction it comes from (null for an extracted fact). */
  record ShownFact(String id, StudyFact fact, FactCorrection correction) {

    boolean corrected() {
      return correction != null;
    }
  }

  /** The paper's facts as shown, by kind, each with its id. */
  List<ShownFact> shown(long paperId) {
    return shown(facts.facts(paperId), corrections.corrections(paperId));
  }

  /**
   * The paper's facts as the pages draw them, each with its latest revision in this history (newest
   * first) and the counts it states.
   */
  List<FactRow> rows(long paperId, List<FactRevision> history) {
    return FactRow.of(shown(paperId), history, results.results(paperId));
  }

  /** The paper's facts as shown. */
  List<StudyFact> facts(long paperId) {
    return shown(paperId).stream().map(ShownFact::fact).toList();
  }

  /** The facts of these papers as shown, by paper. */
  Map<Long, List<StudyFact>> facts(Collection<Long> paperIds) {
    Map<Long, List<StudyFact>> extracted = facts.of(paperIds);
    Map<Long, List<FactCorrection>> corrected = corrections.of(paperIds);
    Map<Long, List<StudyFact>> byPaper = new LinkedHashMap<>();
    for (long id : paperIds) {
      List<StudyFact> shown =
          shown(extracted.getOrDefault(id, List.of()), corrected.getOrDefault(id, List.of()))
              .stream()
              .map(ShownFact::fact)
              .toList();
      if (!shown.isEmpty()) {
        byPaper.put(id, shown);
      }
    }
    return byPaper;
  }

  /** The paper's results as pooled. */
  List<StudyResult> results(long paperId) {
    return results(List.of(paperId)).getOrDefault(paperId, List.of());
  }

  /** The results of these papers as pooled, by paper. */
  Map<Long, List<StudyResult>> results(Collection<Long> paperIds) {
    Map<Long, List<StudyResult>> extracted = results.of(paperIds);
    Map<Long, List<FactCorrection>> corrected = corrections.of(paperIds);
    Map<Long, List<StudyResult>> byPaper = new LinkedHashMap<>();
    for (long id : paperIds) {
      List<FactCorrection> paperCorrections = corrected.getOrDefault(id, List.of());
      List<StudyResult> pooled = new ArrayList<>();
      extracted.getOrDefault(id, List.of()).stream()
          .filter(r -> paperCorrections.stream().noneMatch(c -> standsFor(c, r)))
          .forEach(pooled::add);
      paperCorrections.stream()
          .filter(c -> !c.removed() && c.result() != null)
          .map(FactCorrection::result)
          .forEach(pooled::add);
      if (!pooled.isEmpty()) {
        byPaper.put(id, pooled);
      }
    }
    return byPaper;
  }

  /** The id of an extracted fact: from what it says, so reading the abstract again keeps it. */
  static String extractedId(StudyFact fact) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (fact.kind() + "\n" + fact.value() + "\n" + fact.sentence())
                      .getBytes(StandardCharsets.UTF_8));
      return "x" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static List<ShownFact> shown(List<StudyFact> extracted, List<FactCorrection> corrected) {
    List<FactCorrection> unused = new ArrayList<>(corrected);
    List<ShownFact> shown = new ArrayList<>();
    for (StudyFact fact : extracted) {
      FactCorrection correction =
          unused.stream().filter(c -> c.replaces(fact)).findFirst().orElse(null);
      if (correction == null) {
        shown.add(new ShownFact(extractedId(fact), fact, null));
      } else {
        unused.remove(correction);
        if (!correction.removed()) {
          shown.add(new ShownFact(correction.factId(), correction.fact(), correction));
        }
      }
    }
    // Added facts, and corrections whose extracted fact a new reading no longer gives: they stay.
    unused.stream()
        .filter(c -> !c.removed())
        .forEach(c -> shown.add(new ShownFact(c.factId(), c.fact(), c)));
    shown.sort(Comparator.comparing(s -> s.fact().kind()));
    return shown;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
  private static final Set<String> GENERIC_WORDS =
      Set.of("adverse", "event", "events", "effect", "effects", "side", "patients", "reported");

  /** Whether the correction stands for this extracted result, which its extracted fact states. */
  static boolean standsFor(FactCorrection correction, StudyResult result) {
    return correction.extractedValue() != null
        && states(
            new StudyFact(
                correction.fact().kind(),
                correction.extractedValue(),
                correction.extractedSentence()),
            result);
  }

  /**
   * Whether an extracted fact states this extracted result: a response or adverse event of the same
   * sentence that gives its counts (a response) or names its event (an adverse event).
   */
  static boolean states(StudyFact fact, StudyResult result) {
    String value = fact.value();
    if (!result.sentence().equals(fact.sentence())) {
      return false;
    }
    FactKind kind = fact.kind();
    if (kind == FactKind.RESPONSE_RATE && result.kind() == StudyResult.Kind.RESPONSE) {
      return value.equals(result.describe())
          || Pattern.compile(
                  "\\b" + result.events() + "\\s*(?:/|of|out of)\\s*" + result.total() + "\\b",
                  Pattern.CASE_INSENSITIVE)
              .matcher(value)
              .find()
          || (value.contains("%")
              && Pattern.compile("\\b" + result.total() + "\\b").matcher(value).find());
    }
    if (kind == FactKind.ADVERSE_EVENT && result.kind() == StudyResult.Kind.ADVERSE_EVENT) {
      Set<String> named = stems(value);
      return value.equals(result.describe())
          || stems(result.outcome()).stream().anyMatch(named::contains);
    }
    return false;
  }

  /** The first five letters of each specific word, so "infections" meets "infection". */
  private static Set<String> stems(String text) {
    return WORD.matcher(text.toLowerCase(Locale.ROOT))
        .results()
        .map(m -> m.group())
        .filter(w -> !GENERIC_WORDS.contains(w))
        .map(w -> w.substring(0, Math.min(5, w.length())))
        .collect(Collectors.toSet());
  }
}
