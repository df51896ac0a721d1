package org.follicle.evidence;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a forest plot as SVG for the page: one row per study (a square sized by its weight on its
 * 95% interval), the pooled estimate as a diamond, a reference line and an axis. Proportions are
 * drawn from 0 to 100%, ratios on a log scale around 1. The SVG names itself for screen readers
 * (title and description); the page gives the same numbers as a table.
 */
final class ForestPlot {

  private static final int WIDTH = 640;
  private static final int ROW = 28;
  private static final int TOP = 34;
  private static final int LABEL_END = 190;
  private static final int PLOT_START = 200;
  private static final int PLOT_END = 450;
  private static final int TEXT_START = 462;
  private static final String INK = "#1c2430";
  private static final String ACCENT = "#0b5e55";
  private static final String MUTED = "#4a5566";

  private ForestPlot() {}

  /** One row: a label and an estimate with its interval, on the scale drawn. */
  record Row(String label, double estimate, double low, double high, double weightPercent) {}

  /** How estimates map to the plot's width. */
  interface Scale {
    double position(double value);

    List<Double> ticks();

    String format(double value);

    /** Where "no effect" lies (1 for ratios); NaN where the scale has none (proportions). */
    double reference();
  }

  /** Percentages from 0 to 100. */
  static Scale percent() {
    return new Scale() {
      public double position(double value) {
        return PLOT_START + (PLOT_END - PLOT_START) * clamp(value, 0, 100) / 100;
      }

      public List<Double> ticks() {
        return List.of(0.0, 25.0, 50.0, 75.0, 100.0);
      }

      public String format(double value) {
        return PercentFormat.of(value) + "%";
      }

      public double reference() {
        return Double.NaN;
      }
    };
  }

  /** Ratios on a log scale that holds every interval and 1. */
  static Scale ratio(List<Row> rows) {
    double min = Math.min(0.5, rows.stream().mapToDouble(Row::low).min().orElse(0.5));
    double max = Math.max(2, rows.stream().mapToDouble(Row::high).max().orElse(2));
    double lo = Math.log(min);
    double hi = Math.log(max);
    return new Scale() {
      public double position(double value) {
        return PLOT_START
            + (PLOT_END - PLOT_START) * (Math.log(clamp(value, min, max)) - lo) / (hi - lo);
      }

      public List<Double> ticks() {
        return List.of(min, 1.0, max);
      }

      public String format(double value) {
        return PercentFormat.number(value);
      }

      public double reference() {
        return 1;
      }
    };
  }

  /** The SVG of a plot with these study rows and this pooled row, with ids made from idPrefix. */
  static String svg(String idPrefix, String title, List<Row> studies, Row pooled, Scale scale) {
    int height = TOP + ROW * (studies.size() + 1) + 40;
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" class=\"forest-plot\" aria-labelledby=\"%s-title %s-desc\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"13\">"
            .formatted(WIDTH, height, idPrefix, idPrefix));
    svg.append("<title id=\"%s-title\">%s</title>".formatted(idPrefix, escape(title)));
    svg.append(
        "<desc id=\"%s-desc\">%s</desc>"
            .formatted(idPrefix, escape(description(studies, pooled, scale))));
    text(svg, 0, 20, "Study", "start", "bold", INK);
    text(svg, TEXT_START, 20, "Estimate (95% CI)", "start", "bold", INK);
    int axisBottom = TOP + ROW * (studies.size() + 1);
    if (!Double.isNaN(scale.reference())) {
      double ref = scale.position(scale.reference());
      svg.append(
          "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>"
              .formatted(fmt(ref), TOP - 6, fmt(ref), axisBottom, MUTED));
    }
    for (int i = 0; i < studies.size(); i++) {
      studyRow(svg, studies.get(i), TOP + ROW * i + ROW / 2, scale);
    }
    pooledRow(svg, pooled, TOP + ROW * studies.size() + ROW / 2, scale);
    axis(svg, axisBottom, scale);
    return svg.append("</svg>").toString();
  }

  private static void studyRow(StringBuilder svg, Row row, int y, Scale scale) {
    text(svg, 0, y + 5, shorten(row.label()), "start", "normal", INK);
    double x1 = scale.position(row.low());
    double x2 = scale.position(row.high());
    svg.append(
        "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
            .formatted(fmt(x1), y, fmt(x2), y, INK));
    double side = 5 + 9 * Math.sqrt(Math.max(0, Math.min(100, row.weightPercent())) / 100);
    double x = scale.position(row.estimate());
    svg.append(
        "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>"
            .formatted(fmt(x - side / 2), fmt(y - side / 2), fmt(side), fmt(side), ACCENT));
    text(svg, TEXT_START, y + 5, interval(row, scale), "start", "normal", INK);
  }

  private static void pooledRow(StringBuilder svg, Row row, int y, Scale scale) {
    text(svg, 0, y + 5, "Pooled (random effects)", "start", "bold", INK);
    double lo = scale.position(row.low());
    double hi = scale.position(row.high());
    double mid = scale.position(row.estimate());
    svg.append(
        "<polygon points=\"%s,%d %s,%d %s,%d %s,%d\" fill=\"%s\"/>"
            .formatted(fmt(lo), y, fmt(mid), y - 8, fmt(hi), y, fmt(mid), y + 8, INK));
    text(svg, TEXT_START, y + 5, interval(row, scale), "start", "bold", INK);
  }

  private static void axis(StringBuilder svg, int y, Scale scale) {
    svg.append(
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>"
            .formatted(PLOT_START, y, PLOT_END, y, MUTED));
    for (double tick : scale.ticks()) {
      double x = scale.position(tick);
      svg.append(
          "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\"/>"
              .formatted(fmt(x), y, fmt(x), y + 5, MUTED));
      text(svg, x, y + 20, scale.format(tick), "middle", "normal", MUTED);
    }
  }

  private static String description(List<Row> studies, Row pooled, Scale scale) {
    StringBuilder d = new StringBuilder();
    for (Row row : studies) {
      d.append(row.label()).append(": ").append(interval(row, scale)).append(". ");
    }
    return d.append("Pooled: ").append(interval(pooled, scale)).append('.').toString();
  }

  private static String interval(Row row, Scale scale) {
    return "%s (%s to %s)"
        .formatted(scale.format(row.estimate()), scale.format(row.low()), scale.format(row.high()));
  }

  private static void text(
      StringBuilder svg, double x, int y, String text, String anchor, String weight, String fill) {
    svg.append(
        "<text x=\"%s\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\" fill=\"%s\">%s</text>"
            .formatted(fmt(x), y, anchor, weight, fill, escape(text)));
  }

  private static String shorten(String label) {
    return label.length() <= 26 ? label : label.substring(0, 25).strip() + "…";
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
