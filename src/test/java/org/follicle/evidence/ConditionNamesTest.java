package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionNamesTest {

  private static List<String> found(ConditionNames names, String sentence) {
    String[] words = WordTokens.of(sentence).stream().map(TextSpan::text).toArray(String[]::new);
    return names.find(words).stream()
        .map(range -> String.join(" ", List.of(words).subList(range[0], range[1])))
        .toList();
  }

  @Test
  void widensANameToItsCauseCourseAndAbbreviation() {
    ConditionNames names = new ConditionNames(Set.of("alopecia", "pain"));

    assertThat(found(names, "Scalp cooling for chemotherapy-induced alopecia (CIA) in women."))
        .containsExactly("chemotherapy - induced alopecia ( CIA )");
    assertThat(found(names, "Infiltration against chronic post-operative pain after mastectomy"))
        .containsExactly("chronic post - operative pain");
  }

  @Test
  void matchesBritishAndAmericanSpellingsOfOneName() {
    ConditionNames names = new ConditionNames(Set.of(ConditionNames.key(List.of("Lymphoedema"))));

    assertThat(found(names, "Exercise to prevent lymphedema after surgery"))
        .containsExactly("lymphedema");
  }

  @Test
  void prefersTheLongestNameAndFindsNothingInPlainWords() {
    ConditionNames names = new ConditionNames(Set.of("alopecia", "alopecia areata"));

    assertThat(found(names, "Tofacitinib for alopecia areata")).containsExactly("alopecia areata");
    assertThat(found(names, "Tofacitinib for patients")).isEmpty();
  }

  @Test
  void shippedNamesKnowHairLossConditionsButNotCancers() {
    ConditionNames shipped = ConditionNames.load();

    assertThat(found(shipped, "Minoxidil in androgenetic alopecia and telogen effluvium"))
        .containsExactly("androgenetic alopecia", "telogen effluvium");
    assertThat(found(shipped, "Scalp cooling in women with breast cancer")).isEmpty();
  }
}
