package org.follicle.citation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.follicle.catalog.PaperSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Cited by": the papers citing this one, newest added first, and a chart of them by year. */
@Component
@Order(45)
class CitedBySection implements PaperPageSection {

  /** Citing papers listed on the page; the API lists them all. */
  static final int LISTED = 10;

  private final PaperCitations citations;
  private final CitationPageSwitch pageSwitch;

  CitedBySection(PaperCitations citations, CitationPageSwitch pageSwitch) {
    this.citations = citations;
    this.pageSwitch = pageSwitch;
  }

  /** How often the paper is cited, the newest citing papers, and the chart (null without years). */
  record CitedBy(
      long paperId,
      int count,
      List<PaperSummary> papers,
      boolean more,
      CitationsPerYearChart chart,
      Map<Integer, Integer> perYear) {}

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "citation/cited-by";
  }

  @Override
  public Optional<?> content(long paperId) {
    if (!pageSwitch.enabled()) {
      return Optional.empty();
    }
    int count = citations.citedBy(paperId);
    if (count == 0) {
      return Optional.empty();
    }
    List<PaperSummary> papers = citations.citingPapers(paperId, Long.MAX_VALUE, LISTED + 1);
    Map<Integer, Integer> perYear = citations.citationsPerYear(paperId);
    return Optional.of(
        new CitedBy(
            paperId,
            count,
            papers.size() > LISTED ? papers.subList(0, LISTED) : papers,
            papers.size() > LISTED,
            perYear.isEmpty() ? null : CitationsPerYearChart.of(perYear),
            perYear));
  }
}
