package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

  @Test
  void scoresUnigramsBigramsAndTheLongestCommonSubsequenceAsF1() {
    RougeScore score = Rouge.best("the cat sat on the mat", List.of("the cat lay on the mat"));

    assertThat(score.rouge1()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(score.rouge2()).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(score.rougeL()).isCloseTo(5 / 6.0, within(1e-9));
  }

  @Test
  void countsLowerCasedAlphanumericTokensWithoutStemming() {
    assertThat(Rouge.best("Cats, SAT!", List.of("cats sat")).rouge1()).isEqualTo(1.0);
    assertThat(Rouge.best("cat sits", List.of("cats sat")).rouge1()).isZero();
  }

  @Test
  void takesTheBestReferenceForEachMeasure() {
    RougeScore score = Rouge.best("a b c", List.of("a x y", "a b c d e f g h"));

    assertThat(score.rouge1()).isCloseTo(2 * 1 * (3 / 8.0) / (1 + 3 / 8.0), within(1e-9));
  }

  @Test
  void clipsRepeatedWordsToTheirCountInTheReference() {
    assertThat(Rouge.best("the the the", List.of("the cat")).rouge1())
        .isCloseTo(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), within(1e-9));
  }
}
