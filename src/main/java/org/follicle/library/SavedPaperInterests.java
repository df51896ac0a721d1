package org.follicle.library;

import java.util.List;
import org.follicle.recommend.ReaderInterest;
import org.follicle.recommend.ReaderInterests;
import org.springframework.stereotype.Component;

/** The papers a reader saved, as seeds of their recommendations. */
@Component
class SavedPaperInterests implements ReaderInterests {

  /** Saving is a deliberate wish to come back: nearly as strong as a 5★ rating. */
  static final double WEIGHT = 0.9;

  private final SavedPapers saved;

  SavedPaperInterests(SavedPapers saved) {
    this.saved = saved;
  }

  @Override
  public List<ReaderInterest> of(long accountId) {
    return saved.all(accountId).stream()
        .map(s -> new ReaderInterest(s.paperId(), WEIGHT, "you saved it", s.savedAt()))
        .toList();
  }
}
