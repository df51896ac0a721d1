package org.follicle.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the study facts of one abstract: the design from its wording, the counts of participants
 * from the learned count model, interventions, comparators, conditions and outcomes from the
 * learned span tagger, and the rest from fixed patterns. Each fact keeps its sentence.
 */
final class StudyFactExtractor {

  private final PicoSpanTagger tagger;
  private final ParticipantCounts counts;

  StudyFactExtractor(PicoSpanTagger tagger, ParticipantCounts counts) {
    this.tagger = tagger;
    this.counts = counts;
  }

  /** An extractor with the models shipped in the jar. */
  static StudyFactExtractor shipped() {
    return new StudyFactExtractor(PicoSpanTagger.load(), ParticipantCounts.load());
  }

  /**
   * What was read from one abstract: the facts, where each span fact stands, the total, and the
   * results (responses, adverse events, ratios) that evidence pages pool.
   */
  record Extraction(
      List<StudyFact> facts,
      List<Located> located,
      OptionalLong total,
      List<StudyResult> results) {}

  /** A fact read from a stretch of the text (a tagged span or a pattern match). */
  record Located(FactKind kind, TextSpan span) {}

  /** The facts of a text: the title and the abstract, as one string. */
  Extraction extract(String text) {
    CountFeatures.Document doc = CountFeatures.Document.of(text);
    List<TextSpan> sentences = doc.sentences();
    Facts facts = new Facts();
    StudyDesigns.of(sentences).ifPresent(facts::add);
    OptionalLong total = OptionalLong.empty();
    for (ParticipantCounts.Count count : counts.read(doc)) {
      TextSpan sentence = sentences.get(CountFeatures.sentenceOf(sentences, count.span().start()));
      if (count.kind().equals(ParticipantCounts.TOTAL)) {
        total = OptionalLong.of(count.value());
        facts.add(FactKind.SAMPLE_SIZE, Long.toString(count.value()), sentence);
      } else {
        String arm =
            count.kind().equals(ParticipantCounts.CONTROL_ARM) ? "control" : "intervention";
        facts.add(FactKind.ARM_SIZE, count.value() + " (" + arm + " arm)", sentence);
      }
    }
    if (total.isEmpty()) {
      Optional<StatedTotals.Stated> stated = StatedTotals.find(sentences);
      if (stated.isPresent()) {
        total = OptionalLong.of(stated.get().total());
        facts.add(
            FactKind.SAMPLE_SIZE, Long.toString(stated.get().total()), stated.get().sentence());
      }
    }
    List<PicoSpanTagger.Tagged> spans = tagger.tag(text, sentences);
    List<FactPatterns.Match> matches = FactPatterns.find(text, sentences);
    List<Located> located = new ArrayList<>();
    for (PicoSpanTagger.Tagged span : spans) {
      located.add(new Located(addSpan(facts, text, span), span.span()));
    }
    matches.stream()
        .sorted(Comparator.comparingInt(m -> m.span().start()))
        .forEach(
            m -> {
              facts.add(m.kind(), withDose(text, m.kind(), m.span(), m.sentence()), m.sentence());
              located.add(new Located(m.kind(), m.span()));
            });
    List<StudyResult> results = ResultReader.read(sentences);
    addResponses(facts, results);
    return new Extraction(facts.sorted(), located, total, results);
  }

  /**
   * A response the fixed patterns did not quote ("of the 7 patients ..., 71.4% had ...") becomes a
   * fact of its own, written out as n/N with its outcome.
   */
  private static void addResponses(Facts facts, List<StudyResult> results) {
    for (StudyResult result : results) {
      if (result.kind() == StudyResult.Kind.RESPONSE
          && !facts.hasKindIn(FactKind.RESPONSE_RATE, result.sentence())) {
        facts.add(new StudyFact(FactKind.RESPONSE_RATE, result.describe(), result.sentence()));
      }
    }
  }

  private static FactKind addSpan(Facts facts, String text, PicoSpanTagger.Tagged span) {
    FactKind kind =
        switch (span.type()) {
          case PicoSpanTagger.INTERVENTION -> FactKind.INTERVENTION;
          case PicoSpanTagger.CONTROL -> FactKind.COMPARATOR;
          case PicoSpanTagger.CONDITION -> FactKind.CONDITION;
          case PicoSpanTagger.OUTCOME -> FactKind.OUTCOME_MEASURE;
          default -> throw new IllegalStateException("unknown span type " + span.type());
        };
    facts.add(kind, withDose(text, kind, span.span(), span.sentence()), span.sentence());
    return kind;
  }

  /** An intervention with the dose written right after it; any other fact as it stands. */
  private static String withDose(String text, FactKind kind, TextSpan span, TextSpan sentence) {
    if (kind != FactKind.INTERVENTION) {
      return span.text();
    }
    return span.text() + FactPatterns.doseAfter(text, span, sentence).map(d -> " " + d).orElse("");
  }

  /** Facts without repeats: the first sentence that states a value is kept. */
  private static final class Facts {
    private final Map<String, StudyFact> byKey = new LinkedHashMap<>();

    void add(StudyFact fact) {
      String key = fact.kind() + "\u0000" + fact.value().toLowerCase(Locale.ROOT).strip();
      byKey.putIfAbsent(key, fact);
    }

    void add(FactKind kind, String value, TextSpan sentence) {
      add(new StudyFact(kind, value.strip(), sentence.text().strip()));
    }

    boolean hasKindIn(FactKind kind, String sentence) {
      return byKey.values().stream()
          .anyMatch(f -> f.kind() == kind && f.sentence().equals(sentence));
    }

    List<StudyFact> sorted() {
      List<StudyFact> facts = new ArrayList<>(byKey.values());
      facts.sort(Comparator.comparing(StudyFact::kind));
      return facts;
    }
  }
}
