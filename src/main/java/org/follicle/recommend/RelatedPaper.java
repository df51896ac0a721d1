package org.follicle.recommend;

import java.util.List;
import org.follicle.catalog.PaperSummary;

/** A paper related to another, with why it is there, strongest reason first. */
public record RelatedPaper(PaperSummary paper, List<Reason> reasons) {

  public RelatedPaper {
    reasons = List.copyOf(reasons);
  }

  /** One signal that found the paper and how a reader is told of it ("similar topic"). */
  public record Reason(RelatednessSignal signal, String text) {}
}
