package org.follicle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageCursorsTest {

  @Test
  void aCursorCarriesItsValueBackOpaquely() {
    String cursor = PageCursors.encode("review-before:", 42L);
    assertThat(cursor).doesNotContain("42").matches("[A-Za-z0-9_-]+");
    assertThat(PageCursors.decodeLong("review-before:", cursor, 0)).isEqualTo(42);
    assertThat(PageCursors.decode("after:", PageCursors.encode("after:", "minoxidil")))
        .contains("minoxidil");
  }

  @Test
  void noCursorMeansTheFirstPage() {
    assertThat(PageCursors.decode("after:", null)).isEmpty();
    assertThat(PageCursors.decodeLong("after:", "", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refusesCursorsOfAnotherListGarbageAndForgedNumbers() {
    String othersCursor = PageCursors.encode("before:", 7L);
    assertThatThrownBy(() -> PageCursors.decodeLong("review-before:", othersCursor, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not one this API issued");
    assertThatThrownBy(() -> PageCursors.decode("after:", "%%%"))
        .isInstanceOf(IllegalArgumentException.class);
    String notANumber = PageCursors.encode("before:", "seven");
    assertThatThrownBy(() -> PageCursors.decodeLong("before:", notANumber, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(notANumber);
  }
}
