package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainSummaryGeneratorTest {

  static final List<String> ABSTRACT =
      List.of(
          "Androgenetic alopecia is the most common form of hair loss in men.",
          "In this randomized controlled trial, 120 men were assigned to oral minoxidil or"
              + " placebo for 24 weeks.",
          "Hair counts rose significantly with minoxidil (p < 0.05), and the effect lasted"
              + " until week 24.",
          "The mean change was 12.4 hairs per cm2 (95% CI 8.1 to 16.7).",
          "Adverse events were mild; no participant stopped treatment because of them.",
          "Oral minoxidil is an effective treatment for androgenetic alopecia in men.");

  private final PlainSummaryGenerator generator = new PlainSummaryGenerator();

  @Test
  void writesThreeToFourShortSentencesInPlainWords() {
    String summary = generator.fromSentences(ABSTRACT).orElseThrow();

    assertThat(summary)
        .isEqualTo(
            "Pattern hair loss (Androgenetic alopecia) is the most common form of hair loss"
                + " in men. The effect lasted until week 24. The mean change was 12.4 hairs per"
                + " cm2."
                + " By-mouth minoxidil is an effective treatment for pattern hair loss in men.");
    assertThat(SentenceSplitter.split(summary)).hasSizeBetween(3, 4);
  }

  @Test
  void readsEasierThanItsAbstract() {
    String summary = generator.fromSentences(ABSTRACT).orElseThrow();

    assertThat(Readability.fleschKincaidGrade(summary))
        .as("abstract %.1f", Readability.fleschKincaidGrade(ABSTRACT))
        .isLessThan(Readability.fleschKincaidGrade(ABSTRACT) - 1);
  }

  @Test
  void dropsStatisticsClutterAndSplitsSentencesAtClauseBoundaries() {
    assertThat(
            PlainSentences.of(
                "Hair counts rose significantly with minoxidil (p < 0.05), and the effect"
                    + " lasted until week 24."))
        .containsExactly(
            "Hair counts rose significantly with minoxidil.", "The effect lasted until week 24.");
    assertThat(PlainSentences.of("The mean change was 12.4 hairs, P = .003, 95% CI 8.1-16.7."))
        .containsExactly("The mean change was 12.4 hairs.");
    assertThat(PlainSentences.of("Finasteride lowers DHT, which slows hair loss."))
        .containsExactly("Finasteride lowers DHT.", "This slows hair loss.");
  }

  @Test
  void anAbstractTooShortToSummariseGetsNoSummary() {
    assertThat(generator.fromSentences(ABSTRACT.subList(0, 2))).isEmpty();
    assertThat(generator.fromAbstract("")).isEmpty();
  }

  @Test
  void keepsEveryNumberAndNameOfTheAbstract() {
    String summary = generator.fromSentences(ABSTRACT).orElseThrow();
    String source = String.join(" ", ABSTRACT);

    assertThat(summary.replaceAll("[^0-9. ]", " ").split("\\s+"))
        .allSatisfy(number -> assertThat(source).contains(number.replaceAll("\\.$", "")));
    assertThat(summary).contains("minoxidil", "(Androgenetic alopecia)");
  }
}
