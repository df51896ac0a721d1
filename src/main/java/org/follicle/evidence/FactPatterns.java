package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts that follow fixed wording: ages, sex, duration, follow-up, hair-loss outcome measures
 * (SALT and its thresholds, hair counts, photographic assessment), response rates (n/N and %),
 * adverse events, and hair-loss conditions and treatments, which the PICO model (learned on other
 * diseases) may not know.
 */
final class FactPatterns {

  private static final String NUMBER = "\\d+(?:\\.\\d+)?";
  private static final String SPREAD = "(?:\\s*(?:±|\\+/-|\\+-)\\s*" + NUMBER + ")?";
  private static final String TIME_UNIT = "(?:days?|weeks?|months?|years?|wks?|mos?|yrs?)";
  private static final String SPELLED = "(?:" + NUMBER + "|" + NumberWords.WORD + ")";

  private static final Map<FactKind, List<Pattern>> PATTERNS =
      Map.of(
          FactKind.AGE,
          patterns(
              "(?:mean|median|average)\\s+(?:\\(\\s*(?:±\\s*)?SD\\s*\\)\\s+)?age\\b[^.;]{0,40}?"
                  + NUMBER
                  + SPREAD
                  + "(?:\\s*(?:years|yrs|y)\\b)?",
              "\\bage[sd]?\\s*(?:range[d:]?\\s*)?(?:from\\s+|between\\s+|of\\s+)?"
                  + NUMBER
                  + "\\s*(?:-|–|to|and)\\s*"
                  + NUMBER
                  + "\\s*(?:years|yrs|y)\\b",
              "\\b" + NUMBER + "[- ]year[- ]old\\b"),
          FactKind.SEX,
          patterns(
              "\\b\\d+\\s+(?:\\("
                  + NUMBER
                  + "\\s*%\\)\\s+)?(?:women|men|females?|males?|boys|girls)\\b",
              "\\b" + NUMBER + "\\s*%\\s+(?:were\\s+)?(?:women|men|females?|males?)\\b",
              "\\b(?:all|only)\\s+(?:women|men|females?|males?)\\b"),
          FactKind.DURATION,
          patterns(
              "\\bfor\\s+(?:up\\s+to\\s+|at\\s+least\\s+)?" + SPELLED + "\\s+" + TIME_UNIT + "\\b",
              "\\b"
                  + NUMBER
                  + "[- ](?:day|week|month|year)\\s+(?:treatment|course|period|trial|study)"),
          FactKind.FOLLOW_UP,
          patterns(
              "follow(?:ed)?[- ]?(?:up)?\\b[^.;]{0,40}?\\b"
                  + SPELLED
                  + "(?:\\s*(?:-|–|to)\\s*"
                  + NUMBER
                  + ")?\\s*"
                  + TIME_UNIT
                  + "\\b"),
          FactKind.OUTCOME_MEASURE,
          patterns(
              "\\bSALT\\s*-?\\s*(?:50|75|90|100)?\\b(?:\\s+score)?",
              "\\bSeverity of Alopecia Tool\\b",
              "\\b(?:target[- ]area\\s+)?hair\\s+(?:counts?|density|shaft diameter)\\b",
              "\\b(?:global\\s+)?photographic\\s+assessments?\\b",
              "\\b(?:investigator|patient)'?s?\\s+global\\s+assessments?\\b",
              "\\btrichoscop\\w+|\\bphototrichogram\\w*"),
          FactKind.RESPONSE_RATE,
          patterns(
              "\\b\\d+\\s*(?:/|\\bof\\b|\\bout of\\b)\\s*\\d+(?:\\s+\\w+){0,2}?\\s*\\(\\s*"
                  + NUMBER
                  + "\\s*%\\s*\\)",
              "\\b\\d+\\s*/\\s*\\d+\\b(?!\\s*(?:mg|ml|kg))",
              "\\b"
                  + NUMBER
                  + "\\s*%\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?"
                  + "(?:patients|participants|subjects|cases|children|women|men)\\b"),
          FactKind.ADVERSE_EVENT,
          patterns(
              "\\b(?:serious\\s+)?adverse\\s+(?:events?|effects?|reactions?|drug reactions?)\\b",
              "\\bside[- ]effects?\\b",
              "\\bwell[- ]tolerated\\b",
              "\\b(?:upper\\s+respiratory(?:\\s+tract)?\\s+infections?|headaches?|acne|nausea"
                  + "|vomiting|diarrho?ea|hypertrichosis|pruritus|folliculitis|erythema"
                  + "|hepatotoxicity|elevated liver enzymes|neutropenia|an(?:a)?emia|weight gain"
                  + "|decreased libido|erectile dysfunction|sexual dysfunction|gyn(?:a)?ecomastia"
                  + "|herpes zoster|contact dermatitis)\\b"),
          FactKind.CONDITION,
          patterns(
              "\\b(?:alopecia\\s+(?:areata|universalis|totalis)|(?:androgen(?:et)?ic|frontal"
                  + " fibrosing|cicatricial|scarring|traction|chemotherapy[- ]induced)\\s+alopecia"
                  + "|(?:female|male)[- ]pattern\\s+(?:hair\\s+loss|baldness|alopecia)"
                  + "|(?:telogen|anagen)\\s+effluvium|lichen\\s+planopilaris|central centrifugal"
                  + " cicatricial alopecia|trichotillomania|ophiasis)\\b"),
          FactKind.INTERVENTION,
          patterns(
              "\\b(?:minoxidil|finasteride|dutasteride|tofacitinib|baricitinib|ruxolitinib"
                  + "|ritlecitinib|deuruxolitinib|spironolactone|triamcinolone(?:\\s+acetonide)?"
                  + "|diphen(?:yl)?cyprone|squaric acid dibutylester|platelet[- ]rich plasma"
                  + "|low[- ]level (?:laser|light) therapy|microneedling|bimatoprost|latanoprost"
                  + "|hair transplant(?:ation)?)\\b"));

  private static final Pattern RESULT_WORDS =
      Pattern.compile(
          "(?i)respon|achiev|regrowth|regrew|improv|remission|reached|success|cure|complete"
              + "|SALT|recover|benefit|rate");

  private static final Pattern DOSE =
      Pattern.compile(
          "(?i)\\b"
              + NUMBER
              + "\\s*(?:mg|mcg|µg|μg|g|ml|IU|%)(?:\\s*/\\s*(?:kg|m2|m²|day|d))?"
              + "(?:\\s+(?:once|twice|three times|four times))?"
              + "(?:\\s+(?:daily|a day|per day|weekly|every \\w+ weeks|bid|qd))?");

  /** One pattern match: its kind, the matched words and the sentence. */
  record Match(FactKind kind, TextSpan span, TextSpan sentence) {}

  /** Every match in these sentences of the text, kind by kind. */
  static List<Match> find(String text, List<TextSpan> sentences) {
    List<Match> matches = new ArrayList<>();
    for (FactKind kind : FactKind.values()) {
      for (Pattern pattern : PATTERNS.getOrDefault(kind, List.of())) {
        for (TextSpan sentence : sentences) {
          if (kind == FactKind.RESPONSE_RATE && !RESULT_WORDS.matcher(sentence.text()).find()) {
            continue;
          }
          Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
          while (m.find()) {
            matches.add(new Match(kind, TextSpan.of(text, m.start(), m.end()), sentence));
          }
        }
      }
    }
    return matches;
  }

  /** The dose written right after an intervention in its sentence ("5 mg twice daily"), if any. */
  static java.util.Optional<String> doseAfter(
      String text, TextSpan intervention, TextSpan sentence) {
    int end = Math.min(sentence.end(), intervention.end() + 60);
    Matcher m = DOSE.matcher(text).region(intervention.end(), end);
    return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
  }

  private static List<Pattern> patterns(String... regexes) {
    return java.util.Arrays.stream(regexes)
        .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE))
        .toList();
  }

  private FactPatterns() {}
}
