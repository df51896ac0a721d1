package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisualAbstractLayoutTest {

  @Test
  void wrapsLongTextIntoLinesThatFitAndEllipsisesWhatIsLeftOver() {
    String text = "word ".repeat(200).strip();

    List<String> lines = VisualAbstractLayout.wrap(text, 24, false, 300, 3);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).endsWith("…");
    assertThat(lines.get(0)).startsWith("word word");
  }

  @Test
  void aStudyWithoutFactsHasNoVisualAbstractAndOneWithFactsSaysWhatIsMissing() {
    assertThat(VisualAbstract.of("A title", List.of(), List.of())).isEmpty();

    VisualAbstract va =
        VisualAbstract.of(
                "A title", List.of(new StudyFact(FactKind.DESIGN, "case report", "s")), List.of())
            .orElseThrow();

    assertThat(va.panels())
        .extracting(VisualAbstract.Panel::text)
        .containsExactly(
            "Case report",
            VisualAbstract.NOT_STATED,
            VisualAbstract.NOT_STATED,
            "No response figures in the abstract",
            VisualAbstract.NOT_STATED);
  }

  @Test
  void keepsEveryPanelInsideTheCanvas() {
    VisualAbstract va =
        VisualAbstract.of(
                "A very long title ".repeat(10),
                List.of(new StudyFact(FactKind.INTERVENTION, "tofacitinib ".repeat(30), "s")),
                List.of())
            .orElseThrow();

    VisualAbstractLayout.Drawing drawing = VisualAbstractLayout.of(va);

    for (VisualAbstractLayout.Box box : drawing.boxes()) {
      assertThat(box.x() + box.width()).isLessThanOrEqualTo(VisualAbstractLayout.WIDTH);
      assertThat(box.y() + box.height()).isLessThanOrEqualTo(VisualAbstractLayout.HEIGHT);
    }
    assertThat(drawing.lines()).allMatch(l -> l.y() < VisualAbstractLayout.HEIGHT);
  }
}
