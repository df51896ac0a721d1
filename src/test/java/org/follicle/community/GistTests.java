package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GistTests {

  @Test
  void keepsAShortTextWhole() {
    assertThat(Gist.of("  Minoxidil   helped.\nA lot. ")).isEqualTo("Minoxidil helped. A lot.");
  }

  @Test
  void cutsALongTextAtTheLastSentenceThatFitsUnder300Characters() {
    String first = "The trial ran for a year. ";
    String second = "x".repeat(250) + " ends here. ";
    String third = "This sentence would pass the limit of three hundred characters.";
    String gist = Gist.of(first + second + third);
    assertThat(gist).isEqualTo((first + second).strip());
    assertThat(gist.length()).isLessThanOrEqualTo(Gist.MAX);
  }

  @Test
  void cutsAnOverlongFirstSentenceBetweenWordsNeverInsideOne() {
    String text = "word ".repeat(100).strip() + ".";
    String gist = Gist.of(text);
    assertThat(gist).endsWith("word…");
    assertThat(gist.length()).isLessThanOrEqualTo(Gist.MAX);
  }
}
