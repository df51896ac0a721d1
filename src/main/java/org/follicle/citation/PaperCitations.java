package org.follicle.citation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.follicle.catalog.BulkPaperLoad;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperSummary;
import org.springframework.stereotype.Component;

/** What the API and the paper page show of one paper's citations, read from the links. */
@Component
class PaperCitations {

  private final Catalog catalog;
  private final BulkPaperLoad catalogue;
  private final CitationStore store;

  PaperCitations(Catalog catalog, BulkPaperLoad catalogue, CitationStore store) {
    this.catalog = catalog;
    this.catalogue = catalogue;
    this.store = store;
  }

  /** The paper's reference list in order, each with what it resolved to; empty if no such paper. */
  Optional<List<CitedReference>> references(long paperId) {
    // The reference list alone, read by key: the page has loaded the paper itself already.
    Optional<List<PaperRecord.Reference>> printed = catalogue.referenceList(paperId);
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, ReferenceRow> links =
        store.references(paperId).stream()
            .filter(ReferenceRow::resolved)
            .collect(Collectors.toMap(ReferenceRow::seq, Function.identity()));
    Map<Long, PaperSummary> cited =
        summaries(links.values().stream().map(ReferenceRow::citedPaperId).distinct().toList());
    List<PaperRecord.Reference> list = printed.get();
    return Optional.of(
        java.util.stream.IntStream.range(0, list.size())
            .mapToObj(
                seq -> {
                  ReferenceRow link = links.get(seq);
                  PaperSummary paper = link == null ? null : cited.get(link.citedPaperId());
                  return paper == null
                      ? new CitedReference(seq + 1, list.get(seq), null, null, null)
                      : new CitedReference(
                          seq + 1, list.get(seq), paper, link.method(), link.confidence());
                })
            .toList());
  }

  /** Papers citing this one with an id below {@code before}, highest id first. */
  List<PaperSummary> citingPapers(long paperId, long before, int limit) {
    return catalog.summaries(store.citingPapers(paperId, before, limit));
  }

  /** How many times the paper is cited, by the citing papers' years. */
  Map<Integer, Integer> citationsPerYear(long paperId) {
    return store.citationsPerYear(paperId);
  }

  /** The retracted papers this paper cites. */
  List<PaperSummary> retractedCited(long paperId) {
    return catalog.summaries(store.retractedCited(paperId));
  }

  boolean exists(long paperId) {
    return !catalog.summaries(List.of(paperId)).isEmpty();
  }

  int citedBy(long paperId) {
    return store.counts(paperId).map(c -> c[0]).orElse(0);
  }

  private Map<Long, PaperSummary> summaries(List<Long> ids) {
    return catalog.summaries(ids).stream()
        .collect(Collectors.toMap(PaperSummary::id, Function.identity()));
  }
}
