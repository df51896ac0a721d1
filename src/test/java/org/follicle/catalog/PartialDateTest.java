package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void showsEachPrecisionAsReadersWriteIt() {
    assertThat(PartialDate.ofYear(2024).display()).isEqualTo("2024");
    assertThat(PartialDate.ofMonth(2024, 1).display()).isEqualTo("January 2024");
    assertThat(new PartialDate(2024, 1, 5).display()).isEqualTo("5 January 2024");
    assertThat(new PartialDate(null, null, null).display()).isEmpty();
  }

  @Test
  void writesIsoAndHighwireAtTheKnownPrecision() {
    assertThat(PartialDate.ofMonth(2024, 1).iso()).isEqualTo("2024-01");
    assertThat(new PartialDate(2024, 1, 5).highwire()).isEqualTo("2024/01/05");
    assertThat(PartialDate.ofYear(1999).highwire()).isEqualTo("1999");
  }

  @Test
  void parsesIsoBackToTheSamePrecision() {
    for (PartialDate date :
        new PartialDate[] {
          PartialDate.ofYear(2019), PartialDate.ofMonth(2019, 12), new PartialDate(2019, 2, 28)
        }) {
      assertThat(PartialDate.parseIso(date.iso())).isEqualTo(date);
    }
  }

  @Test
  void rejectsImpossibleDates() {
    assertThatThrownBy(() -> new PartialDate(2021, 13, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(2021, 2, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(null, 2, null)).hasMessageContaining("needs a year");
    assertThatThrownBy(() -> new PartialDate(2021, null, 3)).hasMessageContaining("needs a month");
    assertThatThrownBy(() -> PartialDate.parseIso("2021/03")).hasMessageContaining("not a date");
  }
}
