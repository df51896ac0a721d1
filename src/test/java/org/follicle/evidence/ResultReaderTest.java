package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.follicle.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ResultReaderTest {

  private static final StudyFactExtractor extractor = StudyFactExtractor.shipped();

  @Test
  void readsThePediatricDemoStudysFactsFromTheProjectsOwnAbstract() {
    StudyFactExtractor.Extraction extraction =
        extractor.extract(DemoAbstracts.text(DemoAbstracts.PEDIATRIC));

    assertThat(values(extraction, FactKind.DESIGN)).containsExactly("retrospective study");
    assertThat(extraction.total()).hasValue(9);
    assertThat(values(extraction, FactKind.AGE)).containsExactly("mean age 14.6 years");
    assertThat(values(extraction, FactKind.INTERVENTION)).containsExactly("Tofacitinib");
    assertThat(values(extraction, FactKind.RESPONSE_RATE))
        .containsExactly("SALT50 in 5/7 (71.4%) after 12 months");
    assertThat(results(extraction, StudyResult.Kind.RESPONSE))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(List.of(r.events(), r.total())).containsExactly(5, 7);
              assertThat(r.outcome()).isEqualTo("SALT50");
              assertThat(r.timepoint()).isEqualTo("12 months");
            });
    assertThat(results(extraction, StudyResult.Kind.ADVERSE_EVENT))
        .extracting(StudyResult::describe)
        .containsExactly("upper respiratory tract infection in 1 participant");
  }

  @Test
  void readsTheCaseReportsOnePatientWhoseHairGrewBack() {
    StudyFactExtractor.Extraction extraction =
        extractor.extract(DemoAbstracts.text(DemoAbstracts.CASE_REPORT));

    assertThat(values(extraction, FactKind.DESIGN)).containsExactly("case report");
    assertThat(extraction.total()).hasValue(1);
    assertThat(values(extraction, FactKind.CONDITION)).contains("Alopecia Universalis");
    assertThat(results(extraction, StudyResult.Kind.RESPONSE))
        .extracting(StudyResult::describe)
        .containsExactly("hair regrowth in 1/1 (100%)");
  }

  @Test
  void readsCountsOfTotalsPercentagesOfTotalsAndTheirTimePoints() {
    List<StudyResult> results =
        ResultReader.read(
            sentences(
                "At week 24, 38 of 99 patients (38.4%) reached SALT20 or better."
                    + " By 36 weeks, 45% of the 40 participants achieved SALT75."
                    + " Enrolment ran from 3/2019 to 12/2020 and 12/2019 was the busiest month."));

    assertThat(results)
        .extracting(StudyResult::describe)
        .containsExactly(
            "response in 38/99 (38.4%) after week 24", "SALT75 in 18/40 (45%) after 36 weeks");
  }

  @Test
  void leavesOutAPercentageThatDoesNotMatchItsCount() {
    assertThat(ResultReader.read(sentences("Overall 5/7 patients (50%) responded."))).isEmpty();
  }

  @Test
  void readsAdverseEventsWithTheirCountsAndTheirAbsence() {
    List<StudyResult> results =
        ResultReader.read(
            sentences(
                "Headache occurred in 3 of 20 patients. Two patients reported acne."
                    + " There were no serious adverse events."));

    assertThat(results)
        .extracting(StudyResult::describe)
        .containsExactly(
            "headache in 3/20",
            "acne in 2 participants",
            "serious adverse events in 0 participants");
  }

  @Test
  void readsRatiosWithTheirConfidenceIntervals() {
    List<StudyResult> results =
        ResultReader.read(
            sentences(
                "Response at 12 months was more likely with treatment (risk ratio 2.31, 95% CI"
                    + " 1.40-3.81). The OR for regrowth was 3.2 (95% confidence interval 1.1 to"
                    + " 9.4)."));

    assertThat(results)
        .filteredOn(r -> r.kind() == StudyResult.Kind.RATIO)
        .extracting(StudyResult::describe)
        .containsExactly(
            "RR response 2.31 (95% CI 1.4 to 3.81) after 12 months",
            "OR hair regrowth 3.2 (95% CI 1.1 to 9.4)");
  }

  @Test
  void everyResultInThePicoCorpusIsConsistentAndKeepsASentenceOfItsAbstract() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    int results = 0;
    for (String line :
        Files.readAllLines(
            SharedData.file("eval/pico-corpus/pico_corpus.jsonl"), StandardCharsets.UTF_8)) {
      String text = json.readValue(line, PicoAbstract.class).text();
      for (StudyResult result : extractor.extract(text).results()) {
        results++;
        assertThat(text).contains(result.sentence());
        if (result.kind() == StudyResult.Kind.RESPONSE) {
          assertThat(result.events()).isBetween(0, result.total());
        }
        if (result.kind() == StudyResult.Kind.RATIO) {
          assertThat(result.ciLow()).isLessThanOrEqualTo(result.estimate());
          assertThat(result.estimate()).isLessThanOrEqualTo(result.ciHigh());
        }
      }
    }
    assertThat(results).as("results read from the real abstracts").isGreaterThan(100);
  }

  private static List<TextSpan> sentences(String text) {
    return CountFeatures.Document.of(text).sentences();
  }

  private static List<String> values(StudyFactExtractor.Extraction extraction, FactKind kind) {
    return extraction.facts().stream().filter(f -> f.kind() == kind).map(StudyFact::value).toList();
  }

  private static List<StudyResult> results(
      StudyFactExtractor.Extraction extraction, StudyResult.Kind kind) {
    return extraction.results().stream().filter(r -> r.kind() == kind).toList();
  }
}
