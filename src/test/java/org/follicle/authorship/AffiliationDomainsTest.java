package org.follicle.authorship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AffiliationDomainsTest {

  private static final String PUBMED_AFFILIATION =
      "Department of Dermatology, Example University, Boston, MA, USA. Electronic address:"
          + " ana.lima@med.example.edu.";

  @Test
  void anAddressAtTheRegistrableDomainOfThePrintedAddressMatchesAndSaysWhy() {
    assertThat(AffiliationDomains.match(PUBMED_AFFILIATION, "ana@example.edu"))
        .hasValueSatisfying(
            why -> assertThat(why).contains("example.edu").contains("med.example.edu"));
    assertThat(AffiliationDomains.match(PUBMED_AFFILIATION, "ana@derm.example.edu")).isPresent();
  }

  @Test
  void anAddressElsewhereDoesNotMatch() {
    assertThat(AffiliationDomains.match(PUBMED_AFFILIATION, "ana@other.org")).isEmpty();
    assertThat(AffiliationDomains.match(PUBMED_AFFILIATION, "ana@example.edu.evil.org")).isEmpty();
  }

  @Test
  void sharedSuffixesAndFreeMailNeverMatch() {
    assertThat(AffiliationDomains.match("University of Oxford, www.ox.ac.uk", "x@cam.ac.uk"))
        .isEmpty();
    assertThat(AffiliationDomains.match("University of Oxford, www.ox.ac.uk", "x@ox.ac.uk"))
        .isPresent();
    assertThat(
            AffiliationDomains.match(
                "Private practice. Electronic address: a@gmail.com", "b@gmail.com"))
        .isEmpty();
  }

  @Test
  void anAffiliationWithoutAnAddressOrDomainMatchesNothing() {
    assertThat(
            AffiliationDomains.match(
                "Dept. of Dermatology, Univ. Hospital, St. Louis", "a@st.louis"))
        .isEmpty();
    assertThat(AffiliationDomains.match(null, "a@example.edu")).isEmpty();
  }
}
