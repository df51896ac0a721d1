package org.follicle.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CitationSignalsTests {

  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired RelatedResearch related;

  @Test
  void papersCitedTogetherAndPapersSharingReferencesAreRelatedAndSaySo() throws Exception {
    String run = String.valueOf(System.nanoTime());
    String a = "10.9998/a." + run;
    String b = "10.9998/b." + run;
    String c1 = "10.9998/c1." + run;
    String c2 = "10.9998/c2." + run;
    catalog.upsertAll(
        List.of(
            paper("Cited first " + run, a).build(),
            paper("Cited second " + run, b).build(),
            paper("Citing one " + run, c1).reference(ref(a)).reference(ref(b)).build(),
            paper("Citing two " + run, c2).reference(ref(a)).reference(ref(b)).build()));
    derivedWork.await(Duration.ofMinutes(5));

    assertThat(related.of(id(a), 10))
        .filteredOn(r -> r.paper().id() == id(b))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reasons())
                    .extracting(RelatedPaper.Reason::signal, RelatedPaper.Reason::text)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            RelatednessSignal.CO_CITATION, "cited together 2 times")));
    assertThat(related.of(id(c1), 10))
        .filteredOn(r -> r.paper().id() == id(c2))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reasons())
                    .extracting(RelatedPaper.Reason::signal, RelatedPaper.Reason::text)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            RelatednessSignal.COUPLING, "shares 2 references")));
    assertThat(related.of(id(a), 10)).extracting(r -> r.paper().id()).doesNotContain(id(a));
  }

  private long id(String doi) {
    return catalog.idByDoi(Doi.parse(doi)).orElseThrow();
  }

  private static PaperRecord.Builder paper(String title, String doi) {
    return PaperRecord.builder().title(title).doi(Doi.parse(doi)).date(PartialDate.ofYear(2020));
  }

  private static PaperRecord.Reference ref(String doi) {
    return new PaperRecord.Reference(doi, Doi.parse(doi), null, null, null, null, null, null);
  }
}
