package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.follicle.summary.WordDiff.Change;
import org.follicle.summary.WordDiff.Piece;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void showsTheWordsRemovedAndAddedBetweenVersions() {
    assertThat(WordDiff.between("We propose a fast method.", "We propose a simple fast method."))
        .containsExactly(
            new Piece(Change.KEPT, "We propose a"),
            new Piece(Change.ADDED, "simple"),
            new Piece(Change.KEPT, "fast method."));
    assertThat(WordDiff.between("Old text.", "New text."))
        .containsExactly(
            new Piece(Change.REMOVED, "Old"),
            new Piece(Change.ADDED, "New"),
            new Piece(Change.KEPT, "text."));
  }
}
