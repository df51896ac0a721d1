package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoiTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.3389/fimmu.2022.904156",
        "10.3389/FIMMU.2022.904156",
        "  10.3389/fimmu.2022.904156 ",
        "doi:10.3389/fimmu.2022.904156",
        "DOI: 10.3389/fimmu.2022.904156",
        "https://doi.org/10.3389/fimmu.2022.904156",
        "http://dx.doi.org/10.3389/Fimmu.2022.904156"
      })
  void normalisesEveryCommonSpellingToLowerCaseBareDoi(String written) {
    assertThat(Doi.parse(written).value()).isEqualTo("10.3389/fimmu.2022.904156");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.3389",
        "10.12/abc",
        "11.3389/x",
        "10.3389/",
        "10.3389/has space",
        "fimmu.2022"
      })
  void rejectsMalformedDoisSayingWhy(String written) {
    assertThatThrownBy(() -> Doi.parse(written))
        .isInstanceOf(MalformedIdentifierException.class)
        .hasMessageContaining("DOI");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"10.1000.10/abc", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"})
  void acceptsSubRegistrantsAndOldSiciSuffixes(String written) {
    assertThat(Doi.parse(written).url()).startsWith("https://doi.org/10.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", " 1 "})
  void acceptsPmids(String written) {
    assertThat(Pmid.parse(written)).isEqualTo(written.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0123", "abc", "PMC123", "-5", ""})
  void rejectsMalformedPmids(String written) {
    assertThatThrownBy(() -> Pmid.parse(written)).hasMessageContaining("not a PMID");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PMC3531190", "pmc3531190", "3531190"})
  void normalisesPmcids(String written) {
    assertThat(Pmid.parsePmcid(written)).isEqualTo("PMC3531190");
  }
}
