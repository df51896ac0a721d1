package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudyFactExtractorTest {

  private static final StudyFactExtractor extractor = StudyFactExtractor.shipped();

  @Test
  void readsTheDesignSampleSizeAndInterventionOfARandomisedTrial() {
    PicoAbstract fenretinide = PicoLines.byPmid("10547391");

    StudyFactExtractor.Extraction facts = extractor.extract(fenretinide.text());

    assertThat(facts.total()).hasValue(2972);
    assertThat(values(facts, FactKind.DESIGN)).containsExactly("randomised controlled trial");
    assertThat(values(facts, FactKind.SAMPLE_SIZE)).containsExactly("2972");
    assertThat(values(facts, FactKind.INTERVENTION)).anyMatch(v -> v.contains("fenretinide"));
    assertThat(values(facts, FactKind.DURATION)).contains("for 5 years");
  }

  @Test
  void readsCountsWrittenInWordsAndTheArmsOfASmallTrial() {
    PicoAbstract polyps = PicoLines.byPmid("10459028");

    StudyFactExtractor.Extraction facts = extractor.extract(polyps.text());

    assertThat(facts.total()).hasValue(20);
    assertThat(values(facts, FactKind.AGE)).anyMatch(v -> v.contains("43-61 yrs"));
    assertThat(values(facts, FactKind.FOLLOW_UP)).isNotEmpty();
  }

  @Test
  void everyFactKeepsASentenceOfTheAbstractThatContainsIt() {
    for (String pmid : List.of("10459028", "10547391")) {
      String text = PicoLines.byPmid(pmid).text();

      List<StudyFact> facts = extractor.extract(text).facts();

      assertThat(facts).isNotEmpty();
      for (StudyFact fact : facts) {
        assertThat(text).contains(fact.sentence());
        // Designs are named and counts normalised ("Twenty" is 20); other values are quoted.
        if (!List.of(FactKind.DESIGN, FactKind.SAMPLE_SIZE, FactKind.ARM_SIZE)
            .contains(fact.kind())) {
          assertThat(fact.sentence()).containsIgnoringCase(fact.value().split(" ")[0]);
        }
      }
    }
  }

  @Test
  void readsHairLossTrialsWithTheirMeasuresResponsesAndAdverseEvents() {
    String text =
        "Tofacitinib for pediatric alopecia areata: a retrospective case series. A total of 9 patients"
            + " aged 11 to 17 years were included and received tofacitinib 5 mg twice daily. The mean age was 14.6"
            + " years. Severity was scored with the Severity of Alopecia Tool (SALT). After 12"
            + " months, 5/7 patients (71.4%) achieved SALT50. One patient had an upper respiratory"
            + " infection.";

    StudyFactExtractor.Extraction facts = extractor.extract(text);

    assertThat(values(facts, FactKind.DESIGN)).containsExactly("case series");
    assertThat(values(facts, FactKind.CONDITION)).contains("alopecia areata");
    assertThat(values(facts, FactKind.INTERVENTION)).contains("tofacitinib 5 mg twice daily");
    assertThat(values(facts, FactKind.AGE)).contains("mean age was 14.6 years");
    assertThat(values(facts, FactKind.OUTCOME_MEASURE)).contains("SALT50");
    assertThat(values(facts, FactKind.RESPONSE_RATE)).contains("5/7 patients (71.4%)");
    assertThat(values(facts, FactKind.ADVERSE_EVENT)).contains("upper respiratory infection");
    assertThat(facts.total()).hasValue(9);
  }

  private static List<String> values(StudyFactExtractor.Extraction facts, FactKind kind) {
    return facts.facts().stream().filter(f -> f.kind() == kind).map(StudyFact::value).toList();
  }
}
