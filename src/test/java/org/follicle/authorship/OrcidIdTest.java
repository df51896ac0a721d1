package org.follicle.authorship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrcidIdTest {

  @Test
  void readsBareIdsAndOrcidAddressesInOneForm() {
    assertThat(OrcidId.parse("0000-0002-1825-0097")).contains(new OrcidId("0000-0002-1825-0097"));
    assertThat(OrcidId.parse(" https://orcid.org/0000-0002-1825-0097 "))
        .contains(new OrcidId("0000-0002-1825-0097"));
    assertThat(OrcidId.parse("http://orcid.org/0000-0002-1694-233x"))
        .contains(new OrcidId("0000-0002-1694-233X"));
    assertThat(OrcidId.parse("0000-0001-5109-3700").orElseThrow().url())
        .isEqualTo("https://orcid.org/0000-0001-5109-3700");
  }

  @Test
  void refusesMissingMalformedAndWrongCheckCharacters() {
    assertThat(OrcidId.parse(null)).isEmpty();
    assertThat(OrcidId.parse("")).isEmpty();
    assertThat(OrcidId.parse("0000-0002-1825-0098")).isEmpty();
    assertThat(OrcidId.parse("0000000218250097")).isEmpty();
    assertThat(OrcidId.parse("https://example.org/0000-0002-1825-0097")).isEmpty();
  }
}
