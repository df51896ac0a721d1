package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlainSummaryTests {

  @Autowired Catalog catalog;
  @Autowired PlainSummaries summaries;
  @Autowired Tldrs tldrs;
  @Autowired TldrRebuild rebuild;
  @Autowired DerivedWork derivedWork;

  private final PlainSummaryGenerator generator = new PlainSummaryGenerator();

  @Test
  void storingAPaperWithAnAbstractGivesItAGeneratedPlainSummary() throws InterruptedException {
    long id = store(study());

    TldrVersionView summary = summaries.current(id).orElseThrow();

    assertThat(summary.text())
        .isEqualTo(generator.fromSentences(PlainSummaryGeneratorTest.ABSTRACT).orElseThrow())
        .startsWith("The mean change was 12.4 hairs per cm2.");
    assertThat(summary.origin()).isEqualTo(TldrOrigin.GENERATED);
    assertThat(summary.author()).isNull();
    assertThat(summary.version()).isEqualTo(1);
  }

  @Test
  void aPaperWithoutAnAbstractGetsNoPlainSummary() throws InterruptedException {
    long id = store(PaperRecord.builder().title("Only a title").doi(uniqueDoi()).build());

    assertThat(summaries.current(id)).isEmpty();
    assertThat(summaries.regenerate(id)).isEqualTo(TldrOutcome.NONE);
  }

  @Test
  void resummarizeKeepsAPersonsEditAndStoresNoCopyOfAnUnchangedSummary()
      throws InterruptedException {
    long edited = store(study());
    long untouched = store(study());
    summaries.edit(edited, "  Minoxidil pills   helped men with pattern hair loss. ", "moderator");

    rebuild.run(done -> {});

    assertThat(summaries.history(edited))
        .extracting(TldrVersionView::version, TldrVersionView::origin, TldrVersionView::author)
        .containsExactly(
            tuple(1, TldrOrigin.GENERATED, null), tuple(2, TldrOrigin.EDITED, "moderator"));
    assertThat(summaries.current(edited).orElseThrow().text())
        .isEqualTo("Minoxidil pills helped men with pattern hair loss.");
    assertThat(summaries.regenerate(edited)).isEqualTo(TldrOutcome.KEPT_EDIT);
    assertThat(summaries.history(untouched)).hasSize(1);
    assertThat(summaries.regenerate(untouched)).isEqualTo(TldrOutcome.UNCHANGED);
  }

  @Test
  void editingThePlainSummaryLeavesTheTldrAlone() throws InterruptedException {
    long id = store(study());
    var tldrBefore = tldrs.history(id);

    summaries.edit(id, "Minoxidil pills helped.", "admin");

    assertThat(tldrs.history(id)).isEqualTo(tldrBefore);
  }

  @Test
  void refusesEditsThatAreEmptyOrTooLongOrForNoPaper() throws InterruptedException {
    long id = store(study());

    assertThatThrownBy(() -> summaries.edit(id, " \n ", "admin"))
        .isInstanceOf(TldrEditRejected.class)
        .hasMessage("A plain-language summary cannot be empty.");
    assertThatThrownBy(() -> summaries.edit(id, "word ".repeat(151), "admin"))
        .isInstanceOf(TldrEditRejected.class)
        .hasMessage(
            "A plain-language summary has at most 150 words and 4000 characters;"
                + " this one has 151 words and 754 characters.");
    assertThatThrownBy(() -> summaries.edit(Long.MAX_VALUE, "Fine text.", "admin"))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(summaries.history(id)).hasSize(1);
  }

  static PaperRecord study() {
    PaperRecord.Builder study =
        PaperRecord.builder().title("Oral minoxidil for pattern hair loss").doi(uniqueDoi());
    for (String sentence : PlainSummaryGeneratorTest.ABSTRACT) {
      study.abstractSection(new PaperRecord.AbstractSection("", sentence));
    }
    return study.build();
  }

  private static Doi uniqueDoi() {
    return Doi.parse("10.1234/plain-" + UUID.randomUUID());
  }

  private long store(PaperRecord record) throws InterruptedException {
    catalog.upsert(record);
    assertThat(derivedWork.await(Duration.ofMinutes(5))).isZero();
    return catalog.idByDoi(record.doi()).orElseThrow();
  }
}
