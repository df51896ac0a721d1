package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

  @Test
  void countsTheSyllablesOfCommonAndMedicalWords() {
    assertThat(List.of("the", "cat", "hair", "loss", "jumped", "why"))
        .allSatisfy(word -> assertThat(Syllables.in(word)).as(word).isEqualTo(1));
    assertThat(Syllables.in("table")).isEqualTo(2);
    assertThat(Syllables.in("people")).isEqualTo(2);
    assertThat(Syllables.in("studied")).isEqualTo(2);
    assertThat(Syllables.in("nation")).isEqualTo(2);
    assertThat(Syllables.in("ratio")).isEqualTo(3);
    assertThat(Syllables.in("beautiful")).isEqualTo(3);
    assertThat(Syllables.in("placebo")).isEqualTo(3);
    assertThat(Syllables.in("minoxidil")).isEqualTo(4);
    assertThat(Syllables.in("finasteride")).isEqualTo(4);
    assertThat(Syllables.in("Alopecia,")).isEqualTo(5);
    assertThat(Syllables.in("readability")).isEqualTo(5);
  }

  @Test
  void aNumberCountsAsOneSyllable() {
    assertThat(Syllables.in("95%")).isEqualTo(1);
    assertThat(Syllables.in("2972")).isEqualTo(1);
  }

  @Test
  void gradesAShortPlainSentenceBelowTheFirstGrade() {
    // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59.
    assertThat(Readability.fleschKincaidGrade("The cat sat on the mat."))
        .isCloseTo(-1.45, within(1e-9));
  }

  @Test
  void gradesLongWordsFarAboveSchool() {
    // 4 words, 15 syllables, 1 sentence: 0.39 * 4 + 11.8 * 3.75 - 15.59.
    assertThat(Readability.fleschKincaidGrade("Readability formulas estimate difficulty."))
        .isCloseTo(30.22, within(1e-9));
  }

  @Test
  void averagesWordsPerSentenceAndSyllablesPerWordOverTheWholeText() {
    // 10 words, 21 syllables, 2 sentences: 0.39 * 5 + 11.8 * 2.1 - 15.59.
    String text = "The cat sat on the mat. Readability formulas estimate difficulty.";

    assertThat(Readability.fleschKincaidGrade(text)).isCloseTo(11.14, within(1e-9));
  }

  @Test
  void aTextWithoutWordsHasNoGrade() {
    assertThat(Readability.fleschKincaidGrade(" ... ")).isNaN();
  }
}
