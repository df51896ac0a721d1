package org.follicle.evidence;

import java.util.Locale;

/**
 * What a moderator writes for a fact: its kind (when adding), its value, or for a response or an
 * adverse event the outcome or event with its counts; the sentence of the abstract it comes from
 * (when adding; none means added by a moderator); and the note saying why.
 */
record FactInput(
    String kind,
    String value,
    String outcome,
    Integer events,
    Integer total,
    String timepoint,
    String sentence,
    String note) {

  static final int NOTE_LENGTH = 1000;
  static final int VALUE_LENGTH = 500;
  static final int OUTCOME_LENGTH = 200;
  static final int TIMEPOINT_LENGTH = 40;
  private static final int MAX_PARTICIPANTS = 10_000_000;

  /** The kind named, such as {@code response_rate}. */
  FactKind parsedKind() {
    if (kind == null || kind.isBlank()) {
      throw new FactCorrectionRejected("kind", "say which kind of fact this is");
    }
    try {
      return FactKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new FactCorrectionRejected(
          "kind",
          "unknown kind '%s'; kinds are %s"
              .formatted(
                  kind,
                  java.util.Arrays.stream(FactKind.values())
                      .map(k -> k.name().toLowerCase(Locale.ROOT))
                      .toList()));
    }
  }

  /** The note, checked: required, at most {@value #NOTE_LENGTH} characters. */
  String checkedNote() {
    return checkedNote(note);
  }

  static String checkedNote(String note) {
    if (note == null || note.isBlank()) {
      throw new FactCorrectionRejected("note", "say why you change this fact");
    }
    return limited("note", note.strip(), NOTE_LENGTH);
  }

  /**
   * The fact this input states for a kind, in this sentence, and for a response or an adverse event
   * the result pooled on treatment pages (else null).
   */
  Stated stated(FactKind factKind, String inSentence) {
    return switch (factKind) {
      case RESPONSE_RATE -> {
        StudyResult result =
            StudyResult.response(
                checkedOutcome(), checkedTimepoint(), responders(), counted(), inSentence);
        yield new Stated(new StudyFact(factKind, result.describe(), inSentence), result);
      }
      case ADVERSE_EVENT -> {
        Integer counted = total == null ? null : counted();
        Integer had = events == null ? null : count("events", events);
        if (counted != null && had == null) {
          throw new FactCorrectionRejected("events", "give how many had the event of the total");
        }
        if (counted != null && had > counted) {
          throw new FactCorrectionRejected(
              "events",
              "%d participants with the event cannot exceed the total of %d"
                  .formatted(had, counted));
        }
        StudyResult result = StudyResult.adverseEvent(checkedOutcome(), had, counted, inSentence);
        yield new Stated(new StudyFact(factKind, result.describe(), inSentence), result);
      }
      case DESIGN -> new Stated(new StudyFact(factKind, design(), inSentence), null);
      case SAMPLE_SIZE -> new Stated(new StudyFact(factKind, sampleSize(), inSentence), null);
      default -> new Stated(new StudyFact(factKind, checkedValue(), inSentence), null);
    };
  }

  /** A fact as stated, with its result when it is one that treatment pages pool. */
  record Stated(StudyFact fact, StudyResult result) {}

  private String checkedValue() {
    if (value == null || value.isBlank()) {
      throw new FactCorrectionRejected("value", "give the fact's value");
    }
    return limited("value", value.strip().replaceAll("\\s+", " "), VALUE_LENGTH);
  }

  private String design() {
    String design = checkedValue().toLowerCase(Locale.ROOT);
    if (!StudyDesigns.names().contains(design)) {
      throw new FactCorrectionRejected(
          "value",
          "unknown design '%s'; designs are %s"
              .formatted(value.strip(), String.join(", ", StudyDesigns.names())));
    }
    return design;
  }

  private String sampleSize() {
    String count = checkedValue();
    if (!count.matches("\\d{1,8}")
        || Integer.parseInt(count) < 1
        || Integer.parseInt(count) > MAX_PARTICIPANTS) {
      throw new FactCorrectionRejected(
          "value", "the number of participants must be a whole number from 1 to 10000000");
    }
    return Integer.toString(Integer.parseInt(count));
  }

  private String checkedOutcome() {
    if (outcome == null || outcome.isBlank()) {
      throw new FactCorrectionRejected("outcome", "name the outcome or the adverse event");
    }
    return limited("outcome", outcome.strip(), OUTCOME_LENGTH);
  }

  private String checkedTimepoint() {
    return timepoint == null || timepoint.isBlank()
        ? null
        : limited("timepoint", timepoint.strip(), TIMEPOINT_LENGTH);
  }

  private int responders() {
    if (events == null) {
      throw new FactCorrectionRejected("events", "give how many responded");
    }
    int responders = count("events", events);
    int counted = counted();
    if (responders > counted) {
      throw new FactCorrectionRejected(
          "events", "%d responders cannot exceed the total of %d".formatted(responders, counted));
    }
    return responders;
  }

  private int counted() {
    if (total == null) {
      throw new FactCorrectionRejected("total", "give how many participants were counted");
    }
    if (total < 1 || total > MAX_PARTICIPANTS) {
      throw new FactCorrectionRejected("total", "the total must be from 1 to 10000000");
    }
    return total;
  }

  private static int count(String field, int count) {
    if (count < 0) {
      throw new FactCorrectionRejected(field, "a count cannot be negative");
    }
    return count;
  }

  private static String limited(String field, String text, int length) {
    if (text.length() > length) {
      throw new FactCorrectionRejected(
          field, "at most %d characters (this has %d)".formatted(length, text.length()));
    }
    return text;
  }
}
