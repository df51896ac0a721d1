package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HairLossTreatmentsTest {

  @Test
  void knowsTreatmentsByTheirBrandAndCodeNames() {
    assertThat(HairLossTreatments.ALL.stream().filter(t -> t.namedIn("oral Xeljanz 5 mg")))
        .extracting(Treatment::slug)
        .containsExactly("tofacitinib");
    assertThat(HairLossTreatments.ALL.stream().filter(t -> t.namedIn("CTP-543 12 mg twice daily")))
        .extracting(Treatment::slug)
        .containsExactly("deuruxolitinib");
    assertThat(HairLossTreatments.ALL.stream().filter(t -> t.namedIn("topical minoxidil 5%")))
        .extracting(Treatment::slug)
        .containsExactly("minoxidil");
  }

  @Test
  void listsEveryTreatmentOnceWithAPageSlug() {
    assertThat(HairLossTreatments.byName())
        .extracting(Treatment::slug)
        .doesNotHaveDuplicates()
        .allMatch(slug -> slug.matches("[a-z0-9-]+"));
    assertThat(HairLossTreatments.bySlug("finasteride"))
        .map(Treatment::name)
        .hasValue("Finasteride");
    assertThat(HairLossTreatments.bySlug("snake-oil")).isEmpty();
  }

  @Test
  void groupsAStudyUnderTheMostSpecificConditionItNames() {
    List<StudyFact> facts =
        List.of(
            new StudyFact(FactKind.CONDITION, "alopecia areata", "s"),
            new StudyFact(FactKind.CONDITION, "Alopecia Universalis", "s"));

    assertThat(HairLossConditions.of(facts).slug()).isEqualTo("alopecia-universalis");
    assertThat(
            HairLossConditions.of(
                    List.of(new StudyFact(FactKind.CONDITION, "female pattern hair loss", "s")))
                .slug())
        .isEqualTo("androgenetic-alopecia");
    assertThat(HairLossConditions.of(List.of())).isSameAs(HairLossConditions.UNSTATED);
  }
}
