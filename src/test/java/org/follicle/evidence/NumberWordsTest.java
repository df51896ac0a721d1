package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void readsCountsInDigitsAndInWordsAsTheCorpusWritesThem() {
    assertThat(NumberWords.parse("2,972")).hasValue(2972);
    assertThat(NumberWords.parse("13 388")).hasValue(13388);
    assertThat(NumberWords.parse("Twenty")).hasValue(20);
    assertThat(NumberWords.parse("Four hundred and thirty-three")).hasValue(433);
    assertThat(NumberWords.parse("Eight-thousand four-hundred twenty-two")).hasValue(8422);
    assertThat(NumberWords.parse("Hundred fifty-nine")).hasValue(159);
  }

  @Test
  void refusesWhatIsNotACount() {
    assertThat(NumberWords.parse("patients")).isEmpty();
    assertThat(NumberWords.parse("12.5")).isEmpty();
  }
}
