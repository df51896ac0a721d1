package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TldrGeneratorTest {

  private final TldrGenerator generator = new TldrGenerator();

  @Test
  void picksTheSentenceThatSaysWhatThePaperDoes() {
    List<String> sentences =
        List.of(
            "Deep networks are widely used in vision.",
            "However, they are expensive to train on large images.",
            "In this paper, we propose a pruning method that halves the training cost of vision"
                + " networks.",
            "Experiments on three benchmarks confirm the savings.");

    assertThat(generator.fromSentences("Pruning vision networks", sentences))
        .contains("We propose a pruning method that halves the training cost of vision networks.");
  }

  @Test
  void keepsAtMostThirtyWordsWithoutCuttingASentenceOff() {
    String longSentence =
        "We propose a method for training very deep residual networks on small medical image"
            + " collections, which combines strong augmentation, careful initialisation, label"
            + " smoothing and a cyclic learning rate schedule that we tune on held-out data.";
    String tldr = generator.fromSentences("Small data", List.of(longSentence)).orElseThrow();

    assertThat(Tokens.words(tldr)).isLessThanOrEqualTo(30);
    assertThat(tldr)
        .isEqualTo(
            "We propose a method for training very deep residual networks on small medical image"
                + " collections.");
  }

  @Test
  void givesNoTldrRatherThanACutSentenceWhenNothingFits() {
    String unbroken = "word ".repeat(40).strip() + ".";

    assertThat(generator.fromSentences("Title", List.of(unbroken))).isEmpty();
  }

  @Test
  void isOneSentenceAndTheSameEveryTime() {
    String abstractText =
        "Alopecia areata is an autoimmune hair loss. Smith et al. reported 12 cases in the U.S."
            + " last year. We show that tofacitinib 5 mg twice daily regrew hair in 9 of 12"
            + " patients (75%). Fig. 2 shows the timeline.";

    String first = generator.fromAbstract("Tofacitinib in alopecia areata", abstractText).get();

    assertThat(SentenceSplitter.split(first)).hasSize(1);
    assertThat(first)
        .isEqualTo("We show that tofacitinib 5 mg twice daily regrew hair in 9 of 12 patients.");
    for (int i = 0; i < 5; i++) {
      assertThat(generator.fromAbstract("Tofacitinib in alopecia areata", abstractText))
          .contains(first);
    }
  }

  @Test
  void splitsSentencesButNotAfterAbbreviations() {
    assertThat(
            SentenceSplitter.split(
                "Smith et al. found it. The U.S. FDA approved it, e.g. for adults. See Fig. 2 for"
                    + " doses vs. placebo."))
        .containsExactly(
            "Smith et al. found it.",
            "The U.S. FDA approved it, e.g. for adults.",
            "See Fig. 2 for doses vs. placebo.");
  }

  @Test
  void compressionDropsLeadingPhrasesAndAsidesButKeepsNamesAsWritten() {
    assertThat(
            SentenceCompressor.variants("In this work, mRNA vaccines (n = 3) [12] worked.").get(0))
        .isEqualTo(new SentenceCompressor.Variant("mRNA vaccines worked.", false));
  }

  @Test
  void compressionAlsoOffersTheSentenceWithoutItsIntroductoryClause() {
    assertThat(
            SentenceCompressor.variants(
                "To address this problem, we propose a sparse attention model for long documents."))
        .contains(
            new SentenceCompressor.Variant(
                "We propose a sparse attention model for long documents.", true));
  }

  @Test
  void compressionKeepsAClauseThatLimitsWhenTheRestHolds() {
    assertThat(
            SentenceCompressor.variants(
                "When the learning rate is small, our method converges to a global minimum."))
        .extracting(SentenceCompressor.Variant::text)
        .containsExactly(
            "When the learning rate is small, our method converges to a global minimum.");
  }
}
