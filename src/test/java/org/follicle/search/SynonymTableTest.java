package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SynonymTableTest {

  private final SynonymTable table =
      new SynonymTable(
          Map.of(
              "aga", List.of("androgenetic alopecia", "male pattern baldness", "AGA"),
              "alopecia", List.of("Alopecia", "Baldness", "Hair Loss"),
              "minoxidil", List.of("minoxidil", "Rogaine")));

  @Test
  void expandsThePhrasesOfAQueryToTheOtherTermsOfTheirGroups() {
    assertThat(table.expansions("Rogaine for hair loss"))
        .containsExactly("Alopecia", "Baldness", "minoxidil");
  }

  @Test
  void matchesTheLongestPhraseAndNotTheWordsInsideIt() {
    assertThat(table.expansions("androgenetic alopecia trial"))
        .containsExactly("male pattern baldness", "AGA");
  }

  @Test
  void comparesWithoutCaseAccentsOrPunctuation() {
    assertThat(table.expansions("ANDROGENETIC-Alopécia")).contains("AGA");
    assertThat(table.expansions("nothing known here")).isEmpty();
  }
}
