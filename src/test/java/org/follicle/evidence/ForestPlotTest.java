package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ForestPlotTest {

  private static final List<ForestPlot.Row> RATIOS =
      List.of(
          new ForestPlot.Row("Trial <A> & co", 0.41, 0.13, 1.26, 20),
          new ForestPlot.Row("Trial B", 0.20, 0.09, 0.44, 80));

  @Test
  void drawsOneSquarePerStudyADiamondAndANoEffectLineForRatios() {
    Document svg =
        xml(
            ForestPlot.svg(
                "bcg",
                "Forest plot: RR",
                RATIOS,
                new ForestPlot.Row("Pooled", 0.25, 0.13, 0.48, 100),
                ForestPlot.ratio(RATIOS)));

    assertThat(svg.select("svg").attr("aria-labelledby")).isEqualTo("bcg-title bcg-desc");
    assertThat(svg.select("rect")).hasSize(2);
    assertThat(svg.select("polygon")).hasSize(1);
    assertThat(svg.select("line[stroke-dasharray]")).hasSize(1);
    assertThat(svg.select("text").eachText()).contains("Trial <A> & co", "0.25 (0.13 to 0.48)");
    assertThat(svg.select("desc").text()).contains("Trial B: 0.2 (0.09 to 0.44)");
  }

  @Test
  void proportionsHaveNoNoEffectLineAndTheirSquaresGrowWithWeight() {
    List<ForestPlot.Row> rows =
        List.of(
            new ForestPlot.Row("Small", 30, 10, 60, 10),
            new ForestPlot.Row("Large", 50, 40, 60, 90));

    Document svg =
        xml(
            ForestPlot.svg(
                "p",
                "Forest plot",
                rows,
                new ForestPlot.Row("Pooled", 45, 35, 55, 100),
                ForestPlot.percent()));

    assertThat(svg.select("line[stroke-dasharray]")).isEmpty();
    double small = Double.parseDouble(svg.select("rect").get(0).attr("width"));
    double large = Double.parseDouble(svg.select("rect").get(1).attr("width"));
    assertThat(large).isGreaterThan(small);
    assertThat(svg.select("text").eachText()).contains("0%", "50%", "100%");
  }

  private static Document xml(String svg) {
    return Jsoup.parse(svg, Parser.xmlParser());
  }
}
