package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Map;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class TldrTests {

  static final String FINDING =
      "We show that oral tofacitinib regrew scalp hair in 7 of 9 children with alopecia areata.";

  @Autowired Catalog catalog;
  @Autowired Tldrs tldrs;
  @Autowired TldrRebuild rebuild;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() throws InterruptedException {
    derivedWork.await(Duration.ofMinutes(5));
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void storingAPaperWithAnAbstractGivesItAGeneratedTldr() throws InterruptedException {
    long id = store(study("10.1234/tldr-stored"));

    TldrVersionView tldr = tldrs.current(id).orElseThrow();

    assertThat(tldr.text()).isEqualTo(FINDING);
    assertThat(tldr.origin()).isEqualTo(TldrOrigin.GENERATED);
    assertThat(tldr.author()).isNull();
    assertThat(tldr.version()).isEqualTo(1);
  }

  @Test
  void aPaperWithoutAnAbstractGetsNoTldr() throws InterruptedException {
    long id =
        store(PaperRecord.builder().title("Only a title").doi(Doi.parse("10.1234/t")).build());

    assertThat(tldrs.current(id)).isEmpty();
    assertThat(tldrs.regenerate(id)).isEqualTo(TldrOutcome.NONE);
  }

  @Test
  void regeneratingNeverOverwritesAPersonsEdit() throws InterruptedException {
    long id = store(study("10.1234/tldr-edited"));
    tldrs.edit(id, "  Tofacitinib   regrew hair in most children. ", "moderator");

    assertThat(tldrs.regenerate(id)).isEqualTo(TldrOutcome.KEPT_EDIT);
    assertThat(rebuild.run(done -> {}).tldrs()).containsEntry(TldrOutcome.KEPT_EDIT, 1L);

    assertThat(tldrs.history(id))
        .extracting(TldrVersionView::version, TldrVersionView::origin, TldrVersionView::author)
        .containsExactly(
            tuple(1, TldrOrigin.GENERATED, null), tuple(2, TldrOrigin.EDITED, "moderator"));
    assertThat(tldrs.current(id).orElseThrow().text())
        .isEqualTo("Tofacitinib regrew hair in most children.");
  }

  @Test
  void regeneratingTheSameAbstractStoresNoNewVersion() throws InterruptedException {
    long id = store(study("10.1234/tldr-same"));

    Map<TldrOutcome, Long> tally = rebuild.run(done -> {}).tldrs();

    assertThat(tally)
        .containsEntry(TldrOutcome.UNCHANGED, 1L)
        .containsEntry(TldrOutcome.GENERATED, 0L);
    assertThat(tldrs.history(id)).hasSize(1);
  }

  @Test
  void refusesEditsThatAreEmptyOrLongerThanThirtyWords() throws InterruptedException {
    long id = store(study("10.1234/tldr-refused"));

    assertThatThrownBy(() -> tldrs.edit(id, "  ", "admin"))
        .isInstanceOf(TldrEditRejected.class)
        .hasMessage("A TLDR cannot be empty.");
    assertThatThrownBy(() -> tldrs.edit(id, "word ".repeat(31), "admin"))
        .isInstanceOf(TldrEditRejected.class)
        .hasMessage("A TLDR has at most 30 words; this one has 31.");
    assertThat(tldrs.history(id)).hasSize(1);
  }

  static PaperRecord study(String doi) {
    return PaperRecord.builder()
        .title("Tofacitinib for children with alopecia areata")
        .doi(Doi.parse(doi))
        .abstractSection(
            new PaperRecord.AbstractSection(
                "BACKGROUND", "Alopecia areata in children often resists the usual treatments."))
        .abstractSection(new PaperRecord.AbstractSection("RESULTS", FINDING))
        .build();
  }

  private long store(PaperRecord record) throws InterruptedException {
    catalog.upsert(record);
    assertThat(derivedWork.await(Duration.ofMinutes(5))).isZero();
    return catalog.idByDoi(record.doi()).orElseThrow();
  }
}
