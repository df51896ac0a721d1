package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordMergeTest {

  @Test
  void keepsStoredFieldsTheNewerRecordLeavesOut() {
    PaperRecord stored =
        TestRecords.full("A trial", "10.1234/trial", null, PartialDate.ofYear(2020));
    PaperRecord newer =
        TestRecords.record(
            "A trial", Doi.parse("10.1234/trial"), "555", PartialDate.ofMonth(2020, 3));

    PaperRecord merged = RecordMerge.merge(stored, newer);

    assertThat(merged.pmid()).isEqualTo("555");
    assertThat(merged.date()).isEqualTo(PartialDate.ofMonth(2020, 3));
    assertThat(merged.keywords()).isEqualTo(stored.keywords());
    assertThat(merged.authors()).isEqualTo(stored.authors());
    assertThat(merged.abstractSections()).isEqualTo(stored.abstractSections());
    assertThat(merged.journal()).isEqualTo(stored.journal());
  }

  @Test
  void takesWhatTheNewerRecordStates() {
    PaperRecord stored =
        TestRecords.full("Old title", "10.1234/trial", null, PartialDate.ofYear(2020));
    PaperRecord newer =
        PaperRecord.builder().title("New title").volume("13").keyword("minoxidil").build();

    PaperRecord merged = RecordMerge.merge(stored, newer);

    assertThat(merged.title()).isEqualTo("New title");
    assertThat(merged.volume()).isEqualTo("13");
    assertThat(merged.keywords()).containsExactly("minoxidil");
    assertThat(merged.doi()).isEqualTo(stored.doi());
  }

  @Test
  void mergingARecordIntoItselfChangesNothing() {
    PaperRecord stored =
        TestRecords.full("A trial", "10.1234/trial", "42", PartialDate.ofYear(2020));

    assertThat(RecordMerge.merge(stored, stored)).isEqualTo(stored);
  }
}
