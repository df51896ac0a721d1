package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void keepsEtAlAndFigureReferencesInsideTheirSentence() {
    String text =
        "As Smith et al. showed, hair regrew in most patients (Fig. 2). The effect lasted a year.";

    assertThat(Sentences.split(text).stream().map(TextSpan::text))
        .containsExactly(
            "As Smith et al. showed, hair regrew in most patients (Fig. 2).",
            "The effect lasted a year.");
  }

  @Test
  void splitsOrdinarySentencesWithTheirOffsets() {
    String text = "Minoxidil helped. Finasteride did not.";

    assertThat(Sentences.split(text))
        .containsExactly(
            new TextSpan(0, 17, "Minoxidil helped."), new TextSpan(18, 38, "Finasteride did not."));
  }
}
