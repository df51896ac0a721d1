package org.follicle.recommend;

import java.util.List;
import org.follicle.catalog.PaperSummary;

/**
 * A paper recommended to a reader, with the papers of theirs it is related to, strongest first.
 *
 * @param because at least one: each of the reader's papers that led here, and how it is related
 */
record Recommendation(PaperSummary paper, List<Because> because) {

  Recommendation {
    because = List.copyOf(because);
  }

  /**
   * One of the reader's papers this one is related to: "Because of “X” (you saved it): cited
   * together 3 times".
   *
   * @param interest what the reader did with it ("you saved it")
   * @param reasons how the recommended paper is related to it, strongest first
   */
  record Because(
      long seedPaperId, String seedTitle, String interest, List<RelatedPaper.Reason> reasons) {

    Because {
      reasons = List.copyOf(reasons);
    }
  }
}
