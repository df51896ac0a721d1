package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.follicle.community.WordChanges.Change;
import org.follicle.community.WordChanges.Piece;
import org.junit.jupiter.api.Test;

class WordChangesTests {

  @Test
  void marksTheWordsTakenOutAndPutInBetweenKeptRuns() {
    assertThat(WordChanges.between("hair grew back slowly", "hair grew back fast and thick"))
        .containsExactly(
            new Piece(Change.KEPT, "hair grew back"),
            new Piece(Change.REMOVED, "slowly"),
            new Piece(Change.ADDED, "fast and thick"));
  }

  @Test
  void keepsEverythingOfAnUnchangedTextWhateverItsSpacing() {
    assertThat(WordChanges.between("one  two\nthree", "one two three"))
        .containsExactly(new Piece(Change.KEPT, "one two three"));
  }

  @Test
  void diffsFromAndToAnEmptyText() {
    assertThat(WordChanges.between("", "new words"))
        .containsExactly(new Piece(Change.ADDED, "new words"));
    assertThat(WordChanges.between("old words", " "))
        .containsExactly(new Piece(Change.REMOVED, "old words"));
  }

  @Test
  void diffsBodiesOfThousandsOfWordsWordByWord() {
    List<String> words = IntStream.range(0, 8_000).mapToObj(i -> "w" + i).toList();
    List<String> changed = new ArrayList<>(words);
    changed.set(4_000, "changed");
    assertThat(WordChanges.between(String.join(" ", words), String.join(" ", changed)))
        .containsExactly(
            new Piece(Change.KEPT, String.join(" ", words.subList(0, 4_000))),
            new Piece(Change.REMOVED, "w4000"),
            new Piece(Change.ADDED, "changed"),
            new Piece(Change.KEPT, String.join(" ", words.subList(4_001, 8_000))));
  }
}
