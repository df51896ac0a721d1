package org.follicle.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names a study's design from the words its abstract uses, the strongest design first: a
 * meta-analysis that pools randomised trials is a meta-analysis, a randomised trial that is also
 * prospective is a randomised trial.
 */
final class StudyDesigns {

  private static final Map<String, Pattern> DESIGNS = new LinkedHashMap<>();

  static {
    design("meta-analysis", "\\bmeta-?analys[ie]s\\b");
    design("systematic review", "\\bsystematic(?:al)?\\s+review\\b");
    design(
        "randomised controlled trial",
        "\\brandomi[sz]ed\\b|\\brandomly\\s+(?:assigned|allocated|divided)\\b"
            + "|\\bplacebo[- ]controlled\\b");
    design("case series", "\\bcase\\s+series\\b|\\bseries\\s+of\\s+\\d+\\s+(?:patients|cases)\\b");
    design(
        "case report",
        "\\bcase\\s+report\\b|\\bwe\\s+(?:report|describe|present)\\s+(?:a|an|the)\\s+"
            + "(?:case|patient|\\d+-year-old)\\b");
    design("cohort study", "\\bcohort\\b");
    design("case-control study", "\\bcase[- ]control\\b");
    design("cross-sectional study", "\\bcross[- ]sectional\\b");
    design(
        "non-randomised trial",
        "\\b(?:open[- ]label|single[- ]arm|phase\\s+(?:I|II|III|1|2|3)|non-?randomi[sz]ed)\\b");
    design(
        "retrospective study",
        "\\bretrospective(?:ly)?\\b|\\blooked\\s+back\\s+at\\b|\\b(?:chart|records?)\\s+review\\b");
    design("prospective study", "\\bprospective(?:ly)?\\b");
  }

  private static void design(String name, String regex) {
    DESIGNS.put(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  /**
   * A sentence that asks for other studies ("larger randomised trials are needed") tells no design.
   */
  private static final Pattern CALL_FOR_STUDIES =
      Pattern.compile(
          "\\b(?:are|is|were|remain)\\s+(?:still\\s+)?(?:needed|warranted|required)\\b"
              + "|\\bfuture\\s+(?:studies|trials|research)\\b|\\bshould\\s+be\\s+(?:confirmed|tested)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The names of the designs Follicle tells apart, strongest first. */
  static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(DESIGNS.keySet());
  }

  /** The design and the first sentence that shows it. */
  static Optional<StudyFact> of(List<TextSpan> sentences) {
    for (Map.Entry<String, Pattern> design : DESIGNS.entrySet()) {
      for (TextSpan sentence : sentences) {
        if (CALL_FOR_STUDIES.matcher(sentence.text()).find()) {
          continue;
        }
        if (design.getValue().matcher(sentence.text()).find()) {
          return Optional.of(new StudyFact(FactKind.DESIGN, design.getKey(), sentence.text()));
        }
      }
    }
    return Optional.empty();
  }

  private StudyDesigns() {}
}
