package org.follicle.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Study-fact extraction measured on a PICO-Corpus-format JSONL file: one prediction per abstract
 * (read from {@code pmid} and {@code text} only) and, where lines carry {@code entities}, token
 * precision, recall and F1 per field and the sample-size accuracy.
 */
public final class FactsEvaluation {

  /** The fields scored, each with the annotation labels and the fact kind it compares. */
  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("intervention", new Field(List.of("intervention"), FactKind.INTERVENTION));
    FIELDS.put("condition", new Field(List.of("condition"), FactKind.CONDITION));
    FIELDS.put(
        "outcome", new Field(List.of("outcome", "outcome-Measure"), FactKind.OUTCOME_MEASURE));
  }

  private record Field(List<String> labels, FactKind kind) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final StudyFactExtractor extractor;

  /** An evaluation of the extractor shipped in the jar. */
  public FactsEvaluation() {
    this(StudyFactExtractor.shipped());
  }

  FactsEvaluation(StudyFactExtractor extractor) {
    this.extractor = extractor;
  }

  /** A field's token precision, recall and F1. */
  public record FieldScore(String field, double precision, double recall, double f1) {}

  /** The figures of one run; the scores are empty when no line had annotations. */
  public record Scores(
      int abstracts,
      int annotated,
      List<FieldScore> fields,
      int withSampleSize,
      int sampleSizeCorrect) {

    /** The share of abstracts with a total-participants annotation whose predicted total is one. */
    public double sampleSizeAccuracy() {
      return withSampleSize == 0 ? 0 : (double) sampleSizeCorrect / withSampleSize;
    }

    /** The figures as {@code NAME value} lines. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("abstracts " + abstracts);
      if (annotated == 0) {
        return lines;
      }
      lines.add("abstracts.annotated " + annotated);
      for (FieldScore f : fields) {
        lines.add(figure(f.field() + ".precision", f.precision()));
        lines.add(figure(f.field() + ".recall", f.recall()));
        lines.add(figure(f.field() + ".f1", f.f1()));
      }
      lines.add("sample_size.annotated " + withSampleSize);
      lines.add(figure("sample_size.accuracy", sampleSizeAccuracy()));
      return lines;
    }

    private static String figure(String name, double value) {
      return String.format(Locale.ROOT, "%s %.4f", name, value);
    }
  }

  /**
   * Reads {@code input}, writes one prediction line per abstract to {@code predictions} (if not
   * null) and scores the annotated lines. Throws {@link IllegalArgumentException} naming the file
   * and line of a malformed record.
   */
  public Scores run(Path input, Writer predictions) throws IOException {
    Map<String, TokenOverlap> overlaps = new LinkedHashMap<>();
    FIELDS.keySet().forEach(f -> overlaps.put(f, new TokenOverlap()));
    int abstracts = 0;
    int annotated = 0;
    int withSampleSize = 0;
    int sampleSizeCorrect = 0;
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Line record = parse(input, number, line);
        StudyFactExtractor.Extraction extraction = extractor.extract(record.pico().text());
        abstracts++;
        if (predictions != null) {
          predictions.write(prediction(record.pico(), extraction));
          predictions.write('\n');
        }
        if (!record.annotated()) {
          continue;
        }
        annotated++;
        score(record.pico(), extraction, overlaps);
        List<Long> totals = totals(record.pico());
        if (!totals.isEmpty()) {
          withSampleSize++;
          if (extraction.total().isPresent() && totals.contains(extraction.total().getAsLong())) {
            sampleSizeCorrect++;
          }
        }
      }
    }
    List<FieldScore> fields = new ArrayList<>();
    overlaps.forEach(
        (name, o) -> fields.add(new FieldScore(name, o.precision(), o.recall(), o.f1())));
    return new Scores(abstracts, annotated, fields, withSampleSize, sampleSizeCorrect);
  }

  private record Line(PicoAbstract pico, boolean annotated) {}

  private static Line parse(Path input, int number, String line) {
    try {
      JsonNode node = JSON.readTree(line);
      String where = input + ":" + number + ": ";
      if (!node.isObject()) {
        throw new IllegalArgumentException(where + "not a JSON object");
      }
      JsonNode pmid = node.get("pmid");
      JsonNode text = node.get("text");
      if (pmid == null || !(pmid.isString() || pmid.isNumber())) {
        throw new IllegalArgumentException(where + "no \"pmid\"");
      }
      if (text == null || !text.isString()) {
        throw new IllegalArgumentException(where + "no \"text\" string");
      }
      JsonNode entities = node.get("entities");
      List<PicoAbstract.Entity> parsed = new ArrayList<>();
      if (entities != null) {
        for (JsonNode e : entities) {
          parsed.add(entity(where, e, text.stringValue().length()));
        }
      }
      return new Line(
          new PicoAbstract(pmid.asString(), text.stringValue(), parsed), entities != null);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          input + ":" + number + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static PicoAbstract.Entity entity(String where, JsonNode e, int length) {
    JsonNode start = e.get("start");
    JsonNode end = e.get("end");
    JsonNode label = e.get("label");
    if (start == null || end == null || label == null || !start.isInt() || !end.isInt()) {
      throw new IllegalArgumentException(where + "an entity needs label, start and end: " + e);
    }
    if (start.intValue() < 0 || end.intValue() > length || start.intValue() > end.intValue()) {
      throw new IllegalArgumentException(where + "entity offsets outside the text: " + e);
    }
    JsonNode surface = e.get("text");
    return new PicoAbstract.Entity(
        label.asString(),
        start.intValue(),
        end.intValue(),
        surface == null ? null : surface.asString());
  }

  private static void score(
      PicoAbstract pico,
      StudyFactExtractor.Extraction extraction,
      Map<String, TokenOverlap> overlaps) {
    List<TextSpan> tokens = WordTokens.of(pico.text());
    FIELDS.forEach(
        (name, field) -> {
          List<TextSpan> gold =
              pico.entities().stream()
                  .filter(e -> field.labels().contains(e.label()))
                  .map(e -> TextSpan.of(pico.text(), e.start(), e.end()))
                  .toList();
          overlaps.get(name).add(tokens, gold, predicted(extraction, field.kind()));
        });
  }

  private static List<TextSpan> predicted(StudyFactExtractor.Extraction extraction, FactKind kind) {
    return extraction.located().stream()
        .filter(l -> l.kind() == kind)
        .map(StudyFactExtractor.Located::span)
        .toList();
  }

  /** The annotated totals; the surface text is read as in the corpus ("2,972", "Twenty"). */
  static List<Long> totals(PicoAbstract pico) {
    List<Long> totals = new ArrayList<>();
    for (PicoAbstract.Entity e : pico.labelled("total-participants")) {
      String surface = e.text() != null ? e.text() : pico.text().substring(e.start(), e.end());
      NumberWords.parse(surface).ifPresent(totals::add);
    }
    return totals;
  }

  private static String prediction(PicoAbstract pico, StudyFactExtractor.Extraction extraction) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", pico.pmid());
    line.put(
        "total_participants",
        extraction.total().isPresent() ? extraction.total().getAsLong() : null);
    FIELDS.forEach(
        (name, field) -> {
          Set<String> texts = new LinkedHashSet<>();
          predicted(extraction, field.kind()).forEach(s -> texts.add(s.text()));
          line.put(name, List.copyOf(texts));
        });
    return JSON.writeValueAsString(line);
  }
}
