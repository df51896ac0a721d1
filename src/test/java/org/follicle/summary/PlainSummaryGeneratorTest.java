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
  void writesThreeShortSentencesInPlainWords() {
    String summary = generator.fromSentences(ABSTRACT).orElseThrow();

    assertThat(summary)
        .isEqualTo(
            "The mean change was 12.4 hairs per cm2. Side effects were mild. By-mouth minoxidil"
                + " is an effective treatment for pattern hair loss (androgenetic alopecia) in"
                + " men.");
    assertThat(SentenceSplitter.split(summary)).hasSize(3);
  }

  @Test
  void keepsTheConclusionWithTheTwoSentencesThatReadEasiestWithItInTheirOrder() {
    List<String> abstractText =
        List.of(
            "Pharmacological interventions for androgenetic alopecia demonstrate heterogeneous"
                + " effectiveness.",
            "We studied 40 men who lost hair.",
            "Hair counts rose in 30 of them.",
            "Side effects were rare and mild in this group.",
            "Minoxidil helped most men in this study.");

    assertThat(generator.fromSentences(abstractText).orElseThrow())
        .isEqualTo(
            "We studied 40 men who lost hair. Hair counts rose in 30 of them."
                + " Minoxidil helped most men in this study.");
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
        .containsExactly("Hair counts rose with minoxidil.", "The effect lasted until week 24.");
    assertThat(PlainSentences.of("The mean change was 12.4 hairs, P = .003, 95% CI 8.1-16.7."))
        .containsExactly("The mean change was 12.4 hairs.");
    assertThat(PlainSentences.of("Finasteride lowers DHT, which slows hair loss."))
        .containsExactly("Finasteride lowers DHT.", "This slows hair loss.");
  }

  @Test
  void dropsLinkingWordsThatOnlyTieASentenceToTheOneBefore() {
    assertThat(PlainSentences.of("In addition, the drug was given for 12 weeks."))
        .containsExactly("The drug was given for 12 weeks.");
    assertThat(PlainSentences.of("Notably, it was shown that shedding stopped by week 8."))
        .containsExactly("Shedding stopped by week 8.");
    assertThat(PlainSentences.of("Shedding was, however, lower in the treated group."))
        .containsExactly("Shedding was lower in the treated group.");
    assertThat(PlainSentences.of("We therefore propose a new method for counting hairs."))
        .containsExactly("We propose a new method for counting hairs.");
  }

  @Test
  void anAsideThatListsGoesWholeWithTheNumbersInIt() {
    assertThat(
            PlainSentences.of(
                "Data came from 109,140 cycles, including 91,504 cycles in women, in 2010."))
        .containsExactly("Data came from 109,140 cycles, in 2010.");
  }

  @Test
  void dropsRespectivelyAndKeepsTheNumbersInTheirOrder() {
    assertThat(PlainSentences.of("Hair counts in men and women were 12 and 15, respectively."))
        .containsExactly("Hair counts in men and women were 12 and 15.");
  }

  @Test
  void splitsAtContrastsAndKeepsThemWithBut() {
    assertThat(PlainSentences.of("Minoxidil helped most men whereas finasteride helped fewer."))
        .containsExactly("Minoxidil helped most men.", "But finasteride helped fewer.");
    assertThat(PlainSentences.of("Hair counts rose, although the change was small in women."))
        .containsExactly("Hair counts rose.", "But the change was small in women.");
    assertThat(PlainSentences.of("Shedding stopped early, so the trial ended at week 12."))
        .containsExactly("Shedding stopped early.", "So the trial ended at week 12.");
  }

  @Test
  void aWhichClauseWithAPluralVerbStartsWithThese() {
    assertThat(PlainSentences.of("We built two models, which are trained on 300 scalp images."))
        .containsExactly("We built two models.", "These are trained on 300 scalp images.");
  }

  @Test
  void aListTailStartingWithAndIsNoSentenceOfTheSummary() {
    List<String> abstractText =
        List.of(
            "We studied 40 men who lost hair.",
            "And T2 was at the end.",
            "Hair counts rose in 30 of them.",
            "Side effects were rare and mild in this group.",
            "Minoxidil helped most men in this study.");

    assertThat(generator.fromSentences(abstractText).orElseThrow()).doesNotContain("And T2");
  }

  @Test
  void anAbstractOfTwoSentencesGetsBothInPlainWordsAndAnEmptyOneNone() {
    assertThat(generator.fromSentences(ABSTRACT.subList(0, 2)).orElseThrow())
        .startsWith("Pattern hair loss (Androgenetic alopecia) is the most common form")
        .contains("120 men were assigned to by-mouth minoxidil");
    assertThat(generator.fromAbstract("")).isEmpty();
  }

  @Test
  void anAbstractOfLongSentencesStillGetsThreeOfThem() {
    List<String> abstractText =
        List.of(
            "Mixed precision training is becoming a practical technique to improve the speed and"
                + " energy efficiency of training deep neural networks on current graphics cards.",
            "Existing methods make the loss scale value a hyperparameter that needs to be tuned"
                + " per model, and a single scale cannot be adapted to different layers.",
            "We introduce a loss scaling method called adaptive loss scaling that makes mixed"
                + " precision training easier and more practical to use in most settings.",
            "Our approach can shorten the time to convergence and improve accuracy compared with"
                + " the existing state-of-the-art methods on a variety of networks and tasks.");

    String summary = generator.fromSentences(abstractText).orElseThrow();

    assertThat(SentenceSplitter.split(summary)).hasSize(3);
  }

  @Test
  void dropsATrailingPhraseThatOnlySaysHow() {
    assertThat(
            PlainSentences.shortened(
                "We train a deep network on many thousands of scalp images taken in clinics across"
                    + " the country, using a new loss that weights rare cases more.",
                4,
                25))
        .isEqualTo(
            "We train a deep network on many thousands of scalp images taken in clinics across"
                + " the country.");
    assertThat(PlainSentences.shortened("Hair counts rose in 30 men.", 4, 25))
        .isEqualTo("Hair counts rose in 30 men.");
  }

  @Test
  void aFindingIsSaidWithoutWhoFoundItAndWithoutStress() {
    assertThat(
            PlainSentences.of(
                "We show that the drug lowers shedding, and we find that it is safe."))
        .containsExactly("The drug lowers shedding.", "It is safe.");
    assertThat(PlainSentences.of("In this paper we propose a significantly faster method."))
        .containsExactly("We propose a faster method.");
    assertThat(PlainSentences.of("Shedding was not significantly different between groups."))
        .containsExactly("Shedding was not significantly different between groups.");
    assertThat(PlainSentences.of("We suggest that the drug lowers shedding."))
        .containsExactly("We suggest that the drug lowers shedding.");
  }

  @Test
  void keepsEveryNumberAndNameOfTheAbstract() {
    String summary = generator.fromSentences(ABSTRACT).orElseThrow();
    String source = String.join(" ", ABSTRACT);

    assertThat(summary.replaceAll("[^0-9. ]", " ").split("\\s+"))
        .allSatisfy(number -> assertThat(source).contains(number.replaceAll("\\.$", "")));
    assertThat(summary).contains("12.4", "Side effects");
  }
}
