package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class CatalogTests {

  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void partialDatesRoundTripAtTheirPrecision() {
    List<PartialDate> dates =
        List.of(
            PartialDate.ofYear(2024),
            PartialDate.ofMonth(2024, 1),
            new PartialDate(2024, 1, 31),
            new PartialDate(null, null, null));
    for (int i = 0; i < dates.size(); i++) {
      catalog.upsert(
          TestRecords.record("Dated " + i, Doi.parse("10.1234/date." + i), null, dates.get(i)));
    }

    for (int i = 0; i < dates.size(); i++) {
      long id = catalog.idByDoi(Doi.parse("10.1234/date." + i)).orElseThrow();
      assertThat(catalog.paper(id).orElseThrow().record().date()).isEqualTo(dates.get(i));
    }
  }

  @Test
  void storesDoisInLowerCaseAndFindsThemWhateverTheirCase() {
    catalog.upsert(TestRecords.withDoi("Upper", "https://doi.org/10.3389/FIMMU.2022.904156"));

    assertThat(jdbc.queryForObject("select doi from paper", String.class))
        .isEqualTo("10.3389/fimmu.2022.904156");
    assertThat(catalog.idByDoi(Doi.parse("10.3389/Fimmu.2022.904156"))).isPresent();
  }

  @Test
  void keepsEveryFieldOfAFullRecord() {
    PaperRecord record =
        TestRecords.full("Everything", "10.1234/full", "31415", new PartialDate(2021, 6, 2));

    assertThat(catalog.upsert(record)).isEqualTo(UpsertOutcome.IMPORTED);

    PaperDetails stored = catalog.paper(catalog.idByPmid("31415").orElseThrow()).orElseThrow();
    assertThat(stored.record()).isEqualTo(record);
    assertThat(stored.keywords())
        .extracting(PaperDetails.Topic::slug)
        .containsExactly("alopecia-areata", "tofacitinib");
    assertThat(stored.categories())
        .extracting(PaperDetails.Topic::major)
        .containsExactly(true, false);
  }

  @Test
  void importingTheSameRecordAgainChangesNothing() {
    PaperRecord record =
        TestRecords.full("Twice", "10.1234/twice", "27182", PartialDate.ofYear(2019));

    assertThat(catalog.upsert(record)).isEqualTo(UpsertOutcome.IMPORTED);
    assertThat(catalog.upsert(record)).isEqualTo(UpsertOutcome.UNCHANGED);
    assertThat(catalog.size()).isEqualTo(1);
  }

  @Test
  void aRecordFromAnotherSourceAddsFieldsWithoutLosingAny() {
    catalog.upsert(TestRecords.full("Merged", "10.1234/merged", null, PartialDate.ofYear(2019)));

    UpsertOutcome outcome =
        catalog.upsert(
            TestRecords.record(
                "Merged", Doi.parse("10.1234/merged"), "16180", PartialDate.ofMonth(2019, 4)));

    assertThat(outcome).isEqualTo(UpsertOutcome.UPDATED);
    PaperRecord stored =
        catalog.paper(catalog.idByPmid("16180").orElseThrow()).orElseThrow().record();
    assertThat(stored.date()).isEqualTo(PartialDate.ofMonth(2019, 4));
    assertThat(stored.keywords()).containsExactly("alopecia areata", "tofacitinib");
    assertThat(stored.authors()).hasSize(3);
    assertThat(catalog.size()).isEqualTo(1);
  }

  @Test
  void findsThePaperByPmidWhenTheDoiIsNew() {
    catalog.upsert(TestRecords.record("By PMID", null, "1001", PartialDate.ofYear(2001)));

    catalog.upsert(
        TestRecords.record(
            "By PMID", Doi.parse("10.1234/later"), "1001", PartialDate.ofYear(2001)));

    assertThat(catalog.size()).isEqualTo(1);
    assertThat(catalog.idByDoi(Doi.parse("10.1234/later"))).isEqualTo(catalog.idByPmid("1001"));
  }

  @Test
  void matchesARecordWithoutIdentifiersByTitleAndYear() {
    PaperRecord record =
        TestRecords.record("No Identifiers: A Study", null, null, PartialDate.ofMonth(2024, 1));
    catalog.upsert(record);

    assertThat(
            catalog.upsert(
                TestRecords.record(
                    "no identifiers - a study", null, null, PartialDate.ofYear(2024))))
        .isEqualTo(UpsertOutcome.UPDATED);
    assertThat(
            catalog.upsert(
                TestRecords.record(
                    "No Identifiers: A Study", null, null, PartialDate.ofYear(2023))))
        .isEqualTo(UpsertOutcome.IMPORTED);
    assertThat(catalog.size()).isEqualTo(2);
  }

  @Test
  void papersShareTheirJournalAndAuthors() {
    catalog.upsert(TestRecords.full("First", "10.1234/first", null, PartialDate.ofYear(2020)));
    catalog.upsert(TestRecords.full("Second", "10.1234/second", null, PartialDate.ofYear(2021)));

    assertThat(jdbc.queryForObject("select count(*) from journal", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from author", Integer.class)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select count(*) from paper_author", Integer.class))
        .isEqualTo(6);
  }

  @Test
  void theDatabaseRefusesTwoPapersWithOneDoi() {
    catalog.upsert(TestRecords.withDoi("Original", "10.1234/unique"));

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into paper (id, version, title, title_key, doi, abstract_by_follicle, created_at, updated_at)"
                        + " values (999999, 0, 'Copy', 'copy', '10.1234/unique', false, current_timestamp, current_timestamp)"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
