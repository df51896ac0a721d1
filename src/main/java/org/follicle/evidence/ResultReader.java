package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the results an abstract reports, sentence by sentence: response rates ("5/7 patients
 * (71.4%) achieved SALT50", "of the 7 patients ..., 71.4% had ..."), a single patient whose hair
 * grew back, adverse events with how many had them, and ratios with their 95% confidence intervals.
 * Each result names its outcome and, where the sentence says it, its time point.
 */
final class ResultReader {

  private static final String NUMBER = "\\d+(?:\\.\\d+)?";
  private static final String COUNT = "(\\d+|" + NumberWords.WORD + ")";
  private static final String PEOPLE =
      "(?:patients|participants|subjects|cases|children|adolescents|adults|women|men|individuals)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern RESULT_WORDS =
      Pattern.compile(
          "respon|achiev|regrowth|regrew|grew back|improv|remission|reached|success|cure"
              + "|complete|SALT|recover|benefit|halved",
          FLAGS);

  /** "5/7 patients (71.4%)", "5 of 7 (71.4%)", "5 out of 7". */
  private static final Pattern COUNT_OF_TOTAL =
      Pattern.compile(
          "\\b(\\d+)\\s*(?:/|\\bof\\b|\\bout of\\b)\\s*(\\d+)\\b(?!\\s*(?:mg|ml|kg|µg|mcg|g)\\b)"
              + "(?:(?:\\s+\\w+){0,2}?\\s*\\(\\s*("
              + NUMBER
              + ")\\s*%\\s*\\))?",
          FLAGS);

  /** "71.4% of the 7 patients". */
  private static final Pattern PERCENT_OF_TOTAL =
      Pattern.compile(
          "\\b("
              + NUMBER
              + ")\\s*%\\s+of\\s+(?:the\\s+|these\\s+|all\\s+)?"
              + COUNT
              + "\\s+(?:\\w+\\s+){0,2}?"
              + PEOPLE,
          FLAGS);

  /** "of the 7 patients still on treatment by then, 71.4% had ...". */
  private static final Pattern TOTAL_THEN_PERCENT =
      Pattern.compile(
          "\\bof\\s+(?:the\\s+|these\\s+|all\\s+)?"
              + COUNT
              + "\\s+(?:\\w+\\s+){0,2}?"
              + PEOPLE
              + "[^,;.]{0,60}?,\\s*("
              + NUMBER
              + ")\\s*%",
          FLAGS);

  /** One patient whose hair grew back: a case report's result. */
  private static final Pattern SINGLE_PATIENT_REGROWTH =
      Pattern.compile(
          "\\b(?:(?:one|a single|1)\\s+(?:patient|child|man|woman|boy|girl)\\b[^.;]{0,80}?"
              + "|\\b(?:a|one)\\s+case\\s+of\\b[^.;]{0,60}?)"
              + "\\b((?:complete|full)\\s+)?(?:hair\\s+(?:grew|regrew)\\s+back|regrew|(?:hair\\s+)?regrowth"
              + "|successfully\\s+treated)",
          FLAGS);

  private static final List<Outcome> OUTCOMES =
      List.of(
          new Outcome("\\bSALT\\s*-?\\s*(50|75|90|100)\\b", "SALT"),
          new Outcome(
              "\\bSALT\\s*(?:score\\s*)?(?:≤|<=|of\\s+20\\s+or\\s+less)\\s*(20)?", "SALT ≤ 20"),
          new Outcome("\\bcomplete\\s+(?:hair\\s+)?regrowth\\b", "complete regrowth"),
          new Outcome(
              "\\b(?:hair\\s+)?regrowth\\b|\\bhair\\s+(?:grew|regrew)\\s+back\\b", "hair regrowth"),
          new Outcome("\\bremission\\b", "remission"),
          new Outcome("\\bimprove(?:d|ment)\\b", "improvement"),
          new Outcome("\\brespon(?:se|ded|ders?)\\b", "response"));

  private static final Pattern TIMEPOINT =
      Pattern.compile(
          "\\b(?:at|after|by|within|over|for)\\s+(?:(week|month)\\s+(\\d+)|"
              + COUNT
              + "\\s+(weeks?|months?|years?))\\b|\\b(\\d+)[- ](week|month|year)\\b",
          FLAGS);

  private static final String EVENT_TERMS =
      "upper\\s+respiratory(?:\\s+tract)?\\s+infections?|headaches?|acne|nausea|vomiting"
          + "|diarrho?ea|hypertrichosis|pruritus|folliculitis|erythema|hepatotoxicity"
          + "|elevated\\s+liver\\s+enzymes|neutropenia|an(?:a)?emia|weight\\s+gain|decreased\\s+libido"
          + "|erectile\\s+dysfunction|sexual\\s+dysfunction|gyn(?:a)?ecomastia|herpes\\s+zoster"
          + "|contact\\s+dermatitis|hyperlipid(?:a)?emia|hypercholesterol(?:a)?emia|fatigue|dizziness"
          + "|hypotension|tachycardia|edema|oedema";

  private static final Pattern EVENT = Pattern.compile("\\b(?:" + EVENT_TERMS + ")\\b", FLAGS);

  /**
   * "One patient had an upper respiratory tract infection", "2 (10%) participants reported acne".
   */
  private static final Pattern COUNT_BEFORE_EVENT =
      Pattern.compile(
          "\\b(?:"
              + COUNT
              + "|a\\s+single)\\s+(?:\\(\\s*"
              + NUMBER
              + "\\s*%\\s*\\)\\s+)?(?:of\\s+the\\s+)?(?:patients?|participants?|subjects?|children|child"
              + "|cases?|women|men)\\b[^.;]{0,50}?$",
          FLAGS);

  /** "headache occurred in 3 of 20 patients", "acne (n = 2)". */
  private static final Pattern COUNT_AFTER_EVENT =
      Pattern.compile(
          "^\\s*(?:\\(\\s*n\\s*=\\s*(\\d+)\\s*\\)|(?:was\\s+|were\\s+)?(?:reported\\s+|seen\\s+|observed\\s+"
              + "|occurred\\s+)?in\\s+"
              + COUNT
              + "(?:\\s*(?:/|of|out of)\\s*(\\d+))?)",
          FLAGS);

  private static final Pattern NO_ADVERSE_EVENTS =
      Pattern.compile(
          "\\bno\\s+(serious\\s+)?(?:adverse\\s+(?:events?|effects?|reactions?)|side[- ]effects?)",
          FLAGS);

  private static final Pattern RATIO =
      Pattern.compile(
          "\\b(risk ratio|relative risk|odds ratio|hazard ratio|(?-i:RR|OR|HR))\\b[^0-9(\\[]{0,24}("
              + NUMBER
              + ")\\s*[,;]?\\s*[(\\[]?\\s*95\\s*%\\s*(?:CI|confidence interval)\\s*[:=,]?\\s*("
              + NUMBER
              + ")\\s*(?:-|–|to|,)\\s*("
              + NUMBER
              + ")",
          FLAGS);

  private ResultReader() {}

  /** Every result in these sentences of the text, in reading order. */
  static List<StudyResult> read(List<TextSpan> sentences) {
    List<StudyResult> results = new ArrayList<>();
    for (TextSpan span : sentences) {
      String sentence = span.text().strip();
      if (RESULT_WORDS.matcher(sentence).find()) {
        results.addAll(responses(sentence));
      }
      results.addAll(adverseEvents(sentence));
      results.addAll(ratios(sentence));
    }
    return results;
  }

  private static List<StudyResult> responses(String sentence) {
    List<StudyResult> found = new ArrayList<>();
    String outcome = outcome(sentence).orElse("response");
    String timepoint = timepoint(sentence).orElse(null);
    Matcher m = COUNT_OF_TOTAL.matcher(sentence);
    while (m.find()) {
      int events = Integer.parseInt(m.group(1));
      int total = Integer.parseInt(m.group(2));
      boolean percentAgrees = m.group(3) == null || agrees(events, total, m.group(3));
      if (events <= total && total > 0 && percentAgrees && notADate(sentence, m)) {
        found.add(StudyResult.response(outcome, timepoint, events, total, sentence));
      }
    }
    percentOfTotal(PERCENT_OF_TOTAL.matcher(sentence), 1, 2, outcome, timepoint, sentence)
        .ifPresent(found::add);
    percentOfTotal(TOTAL_THEN_PERCENT.matcher(sentence), 2, 1, outcome, timepoint, sentence)
        .ifPresent(found::add);
    Matcher single = SINGLE_PATIENT_REGROWTH.matcher(sentence);
    if (found.isEmpty() && single.find()) {
      String regrowth = single.group(1) == null ? "hair regrowth" : "complete regrowth";
      found.add(StudyResult.response(regrowth, timepoint, 1, 1, sentence));
    }
    return found;
  }

  /** A percentage of a stated total, turned back into a count when the two agree. */
  private static Optional<StudyResult> percentOfTotal(
      Matcher m, int percentGroup, int totalGroup, String outcome, String when, String sentence) {
    if (!m.find()) {
      return Optional.empty();
    }
    OptionalLong total = NumberWords.parse(m.group(totalGroup));
    double percent = Double.parseDouble(m.group(percentGroup));
    if (total.isEmpty() || total.getAsLong() <= 0 || percent > 100) {
      return Optional.empty();
    }
    int n = (int) total.getAsLong();
    int events = (int) Math.round(percent * n / 100);
    if (!agrees(events, n, m.group(percentGroup))) {
      return Optional.empty();
    }
    return Optional.of(StudyResult.response(outcome, when, events, n, sentence));
  }

  /** Whether a count of a total matches the percentage printed with it, to rounding. */
  private static boolean agrees(int events, int total, String percent) {
    return Math.abs(100.0 * events / total - Double.parseDouble(percent)) <= 0.6;
  }

  /** "12/2019" is a month, not a proportion. */
  private static boolean notADate(String sentence, Matcher m) {
    return !(m.group(2).length() == 4 && m.group(2).matches("(?:19|20)\\d\\d"));
  }

  private static Optional<String> outcome(String sentence) {
    for (Outcome outcome : OUTCOMES) {
      Matcher m = outcome.pattern().matcher(sentence);
      if (m.find()) {
        return Optional.of(outcome.name(m));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> timepoint(String sentence) {
    Matcher m = TIMEPOINT.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      return Optional.of(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2));
    }
    String count = m.group(3) != null ? m.group(3) : m.group(5);
    String unit = m.group(4) != null ? m.group(4) : m.group(6);
    OptionalLong n = NumberWords.parse(count);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String singular = unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    return Optional.of(n.getAsLong() + " " + singular + (n.getAsLong() == 1 ? "" : "s"));
  }

  private static List<StudyResult> adverseEvents(String sentence) {
    List<StudyResult> found = new ArrayList<>();
    Matcher none = NO_ADVERSE_EVENTS.matcher(sentence);
    if (none.find()) {
      String event = none.group(1) == null ? "adverse events" : "serious adverse events";
      found.add(StudyResult.adverseEvent(event, 0, null, sentence));
    }
    Matcher m = EVENT.matcher(sentence);
    while (m.find()) {
      String event = eventName(m.group());
      Matcher before = COUNT_BEFORE_EVENT.matcher(sentence.substring(0, m.start()));
      Matcher after = COUNT_AFTER_EVENT.matcher(sentence.substring(m.end()));
      if (before.find()) {
        OptionalLong n =
            before.group(1) == null ? OptionalLong.of(1) : NumberWords.parse(before.group(1));
        found.add(StudyResult.adverseEvent(event, count(n), null, sentence));
      } else if (after.find()) {
        String count = after.group(1) != null ? after.group(1) : after.group(2);
        Integer total = after.group(3) == null ? null : Integer.valueOf(after.group(3));
        found.add(
            StudyResult.adverseEvent(event, count(NumberWords.parse(count)), total, sentence));
      } else {
        found.add(StudyResult.adverseEvent(event, null, null, sentence));
      }
    }
    return found;
  }

  private static Integer count(OptionalLong n) {
    return n.isPresent() && n.getAsLong() < Integer.MAX_VALUE ? (int) n.getAsLong() : null;
  }

  /** An adverse event's name, singular and in the usual spelling. */
  static String eventName(String matched) {
    String name = matched.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (name.startsWith("upper respiratory")) {
      return "upper respiratory tract infection";
    }
    return name.replaceAll("(infection|headache)s$", "$1");
  }

  private static List<StudyResult> ratios(String sentence) {
    List<StudyResult> found = new ArrayList<>();
    Matcher m = RATIO.matcher(sentence);
    while (m.find()) {
      double estimate = Double.parseDouble(m.group(2));
      double low = Double.parseDouble(m.group(3));
      double high = Double.parseDouble(m.group(4));
      if (estimate > 0 && low > 0 && low <= estimate && estimate <= high) {
        found.add(
            StudyResult.ratio(
                outcome(sentence).orElse("outcome"),
                timepoint(sentence).orElse(null),
                measure(m.group(1)),
                estimate,
                low,
                high,
                sentence));
      }
    }
    return found;
  }

  private static String measure(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "risk ratio", "relative risk", "rr" -> "RR";
      case "odds ratio", "or" -> "OR";
      default -> "HR";
    };
  }

  /** An outcome the sentence may name, and the name results are grouped under. */
  private record Outcome(Pattern pattern, String label) {

    Outcome(String regex, String label) {
      this(Pattern.compile(regex, FLAGS), label);
    }

    /** SALT thresholds keep their number ("SALT50"); other outcomes their label. */
    String name(Matcher m) {
      return label.equals("SALT") ? "SALT" + m.group(1) : label;
    }
  }
}
