package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.follicle.citation.CitationPapers.byDoi;
import static org.follicle.citation.CitationPapers.byTitle;
import static org.follicle.citation.CitationPapers.doi;
import static org.follicle.citation.CitationPapers.paper;
import static org.follicle.citation.CitationPapers.unique;

import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperCitationCounts.Counts;
import org.follicle.catalog.PaperRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CitationResolutionTests {

  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired CitationStore store;
  @Autowired CitationCounts counts;
  @Autowired CitationGraph graph;

  CitationPapers papers;

  @BeforeEach
  void papers() {
    papers = new CitationPapers(catalog, derivedWork);
  }

  @Test
  void resolvesReferencesByDoiPmidAndPmcid() throws Exception {
    String pmid = String.valueOf(30_000_000 + unique() % 9_000_000);
    String pmcid = "PMC" + unique();
    long byDoi = papers.store(paper("Cited by DOI " + unique(), doi(), "Ames", 2001).build());
    long byPmid =
        papers.store(paper("Cited by PMID " + unique(), doi(), "Burr", 2002).pmid(pmid).build());
    long byPmcid =
        papers.store(paper("Cited by PMCID " + unique(), doi(), "Cole", 2003).pmcid(pmcid).build());
    String citedDoi = catalog.paper(byDoi).orElseThrow().record().doi().value();

    long citing =
        papers.store(
            paper("Citing by identifiers " + unique(), doi(), "Dunn", 2010)
                .reference(byDoi(citedDoi.toUpperCase()))
                .reference(
                    new PaperRecord.Reference("PMID ref", null, pmid, null, null, null, null, null))
                .reference(
                    new PaperRecord.Reference(
                        "PMCID ref", null, null, pmcid, null, null, null, null))
                .reference(byDoi(doi()))
                .build());

    assertThat(store.references(citing))
        .extracting(ReferenceRow::citedPaperId, ReferenceRow::method)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(byDoi, ResolutionMethod.DOI),
            org.assertj.core.groups.Tuple.tuple(byPmid, ResolutionMethod.PMID),
            org.assertj.core.groups.Tuple.tuple(byPmcid, ResolutionMethod.PMCID),
            org.assertj.core.groups.Tuple.tuple(null, null));
    assertThat(counts.of(citing)).isEqualTo(new Counts(0, 3, 4));
    assertThat(List.of(byDoi, byPmid, byPmcid))
        .allSatisfy(id -> assertThat(counts.of(id)).isEqualTo(new Counts(1, 0, 0)));
  }

  @Test
  void resolvesAReferenceWithoutIdentifiersByTitleYearAndFirstAuthor() throws Exception {
    String title = "Topical minoxidil " + unique() + " for androgenetic alopecia in women";
    long cited = papers.store(paper(title, doi(), "Öksüm Solak", 2019).build());

    long citing =
        papers.store(
            paper("Citing by title " + unique(), doi(), "Eads", 2021)
                .reference(byTitle(title.toUpperCase() + ".", "Oksum Solak E", 2020))
                .reference(byTitle(title.substring(0, 30) + "...", "Öksüm Solak", 2019))
                .reference(
                    byTitle("A different study of scalp hair " + unique(), "Öksüm Solak", 2019))
                .reference(byTitle(title, "Fischer", 2019))
                .reference(byTitle(title, "Öksüm Solak", 2015))
                .build());

    List<ReferenceRow> rows = store.references(citing);
    assertThat(rows)
        .extracting(ReferenceRow::citedPaperId)
        .containsExactly(cited, cited, null, null, null);
    assertThat(rows.subList(0, 2))
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo(ResolutionMethod.TITLE_YEAR_AUTHOR);
              assertThat(r.confidence()).isBetween(TitleYearAuthorMatch.MIN_CONFIDENCE, 1.0);
            });
    assertThat(counts.of(cited).citedBy()).isEqualTo(2);
  }

  @Test
  void linksACitingPaperStoredBeforeThePaperItCites() throws Exception {
    String citedDoi = doi();
    String title = "Platelet-rich plasma " + unique() + " injections for hair loss";
    long citing =
        papers.store(
            paper("Early citing paper " + unique(), doi(), "Ford", 2022)
                .reference(byDoi(citedDoi))
                .reference(byTitle(title, "Gray", 2018))
                .build());
    assertThat(counts.of(citing)).isEqualTo(new Counts(0, 0, 2));

    long cited =
        papers.store(paper("Late cited paper " + unique(), citedDoi, "Hale", 2020).build());
    long citedByTitle = papers.store(paper(title, doi(), "Gray", 2018).build());

    assertThat(store.references(citing))
        .extracting(ReferenceRow::citedPaperId)
        .containsExactly(cited, citedByTitle);
    assertThat(counts.of(citing)).isEqualTo(new Counts(0, 2, 2));
    assertThat(counts.of(cited)).isEqualTo(new Counts(1, 0, 0));
    assertThat(counts.of(citedByTitle)).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void citationsPerYearFollowCitingPapersArrivingChangingTheirYearAndLeaving() throws Exception {
    String citedDoi = doi();
    String earlyPmid = String.valueOf(40_000_000 + unique() % 9_000_000);
    papers.store(
        paper("Per-year early citer " + unique(), doi(), "Abel", 2010)
            .pmid(earlyPmid)
            .reference(byDoi(citedDoi))
            .build());
    long cited = papers.store(paper("Per-year cited " + unique(), citedDoi, "Bose", 2008).build());
    String laterDoi = doi();
    PaperRecord later =
        paper("Per-year later citer " + unique(), laterDoi, "Cole", 2012)
            .reference(byDoi(citedDoi))
            .build();
    papers.store(later);
    assertThat(store.citationsPerYear(cited)).containsExactly(entry(2010, 1), entry(2012, 1));

    papers.store(paper(later.title(), laterDoi, "Cole", 2013).reference(byDoi(citedDoi)).build());
    assertThat(store.citationsPerYear(cited)).containsExactly(entry(2010, 1), entry(2013, 1));

    catalog.deleteByPmid(earlyPmid);
    papers.await();
    assertThat(store.citationsPerYear(cited)).containsExactly(entry(2013, 1));
    assertThat(counts.of(cited)).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void deletingPapersTakesDownTheirLinksAndFixesTheCounts() throws Exception {
    String citedPmid = String.valueOf(20_000_000 + unique() % 9_000_000);
    String citingPmid = String.valueOf(10_000_000 + unique() % 9_000_000);
    String citedDoi = doi();
    long cited =
        papers.store(
            paper("Deleted cited " + unique(), citedDoi, "Ives", 2011).pmid(citedPmid).build());
    long other = papers.store(paper("Kept cited " + unique(), doi(), "Jost", 2012).build());
    String otherDoi = catalog.paper(other).orElseThrow().record().doi().value();
    long citing =
        papers.store(
            paper("Citing then deleted " + unique(), doi(), "Kemp", 2015)
                .pmid(citingPmid)
                .reference(byDoi(citedDoi))
                .reference(byDoi(otherDoi))
                .build());
    assertThat(counts.of(citing)).isEqualTo(new Counts(0, 2, 2));

    catalog.deleteByPmid(citedPmid);
    papers.await();
    assertThat(counts.of(citing)).isEqualTo(new Counts(0, 1, 2));
    assertThat(store.references(citing).get(0).citedPaperId()).isNull();
    assertThat(store.paper(cited)).isEmpty();

    catalog.deleteByPmid(citingPmid);
    papers.await();
    assertThat(counts.of(other)).isEqualTo(new Counts(0, 0, 0));
    assertThat(store.references(citing)).isEmpty();
  }

  @Test
  void storingTheSameRecordsAgainChangesNothing() throws Exception {
    String citedDoi = doi();
    PaperRecord cited = paper("Re-imported cited " + unique(), citedDoi, "Lund", 2014).build();
    PaperRecord citing =
        paper("Re-imported citing " + unique(), doi(), "Mayo", 2016)
            .reference(byDoi(citedDoi))
            .reference(byDoi(doi()))
            .build();
    long citedId = papers.store(cited);
    long citingId = papers.store(citing);
    List<ReferenceRow> before = store.references(citingId);

    catalog.upsertAll(List.of(cited, citing));
    graph.stored(List.of(citedId, citingId));
    graph.stored(List.of(citingId, citedId));
    papers.await();

    assertThat(store.references(citingId)).isEqualTo(before);
    assertThat(counts.of(citingId)).isEqualTo(new Counts(0, 1, 2));
    assertThat(counts.of(citedId)).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void aPaperIsNeverLinkedToItself() throws Exception {
    String own = doi();
    long paper =
        papers.store(
            paper("Self citing " + unique(), own, "Nash", 2017).reference(byDoi(own)).build());

    assertThat(counts.of(paper)).isEqualTo(new Counts(0, 0, 1));
    assertThat(store.references(paper).get(0).citedPaperId()).isNull();
  }
}
