package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainWordsTest {

  private final PlainWords glossary = PlainWords.shipped();

  @Test
  void aConditionKeepsItsTechnicalNameInParenthesesTheFirstTimeOnly() {
    List<String> plain =
        glossary.rewrite(
            List.of(
                "Androgenetic alopecia is common in men.",
                "Many men with androgenetic alopecia try treatments."));

    assertThat(plain)
        .containsExactly(
            "Pattern hair loss (Androgenetic alopecia) is common in men.",
            "Many men with pattern hair loss try treatments.");
  }

  @Test
  void theLongestTermWinsSoAlopeciaAreataIsNotReadAsAlopecia() {
    assertThat(glossary.rewrite(List.of("Children with alopecia areata and alopecia.")))
        .containsExactly(
            "Children with patchy hair loss (alopecia areata) and hair loss (alopecia).");
  }

  @Test
  void plainWordsReplaceJargonWithoutParentheses() {
    assertThat(
            glossary.rewrite(
                List.of("The efficacy of topical minoxidil was significantly higher.")))
        .containsExactly("The benefit of skin-applied minoxidil was clearly higher.");
    assertThat(glossary.rewrite(List.of("We report the efficacy and safety of oral minoxidil.")))
        .containsExactly("We report the benefit and safety of by-mouth minoxidil.");
    assertThat(
            glossary.rewrite(
                List.of("Adverse events were mild in this randomized controlled trial.")))
        .containsExactly(
            "Side effects were mild in this study where patients were assigned by chance.");
  }

  @Test
  void anArticleBeforeAReplacedTermFitsItsPlainWords() {
    assertThat(glossary.rewrite(List.of("This is an important step and an additional test.")))
        .containsExactly("This is a key step and an extra test.");
    assertThat(glossary.rewrite(List.of("A novel method used an elevated dose.")))
        .containsExactly("A new method used a raised dose.");
    assertThat(glossary.rewrite(List.of("Training is more difficult than testing.")))
        .containsExactly("Training is harder than testing.");
  }

  @Test
  void commonWordyPhrasesBecomeShortPlainOnes() {
    assertThat(
            glossary.rewrite(
                List.of(
                    "In order to utilize a majority of the participants, we conducted a test.",
                    "The rate fell, and we observed that patients underwent surgery.")))
        .containsExactly(
            "To use most of the people, we did a test.",
            "The rate fell, and we saw that patients had surgery.");
  }

  @Test
  void onlyWholeWordsAreReplaced() {
    assertThat(glossary.rewrite(List.of("Moral reasoning and oralism.")))
        .containsExactly("Moral reasoning and oralism.");
  }

  @Test
  void aGlossaryLineWithoutItsKindIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> PlainWords.parse("# header\nplacebo\tdummy treatment\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plain words line 2: expected term, plain words, name|word");
  }
}
