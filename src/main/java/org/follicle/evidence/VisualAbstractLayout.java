package org.follicle.evidence;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a visual abstract out on a 1200×630 canvas (the size link previews use): a title band, then
 * design and population, intervention and follow-up, and the key result across the bottom. Text is
 * wrapped by the widths of DejaVu Sans as Java2D measures them, so that the SVG and the PNG break
 * lines in the same places.
 */
final class VisualAbstractLayout {

  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  static final String FONT = "DejaVu Sans";
  static final String BAND = "#0b5e55";
  static final String CARD = "#ffffff";
  static final String PAGE = "#f3f1ec";
  static final String INK = "#1c2430";
  static final String LABEL = "#0b5e55";
  static final String ON_BAND = "#ffffff";
  static final String RESULT_CARD = "#e3f1ee";

  private static final int MARGIN = 40;
  private static final int GAP = 20;
  private static final int PAD = 20;

  private VisualAbstractLayout() {}

  /** A filled rectangle. */
  record Box(int x, int y, int width, int height, String fill) {}

  /** A line of text at a baseline. */
  record Line(int x, int y, String text, int size, boolean bold, String fill) {}

  /** Everything to draw, in order: boxes first, then text. */
  record Drawing(List<Box> boxes, List<Line> lines) {}

  static Drawing of(VisualAbstract va) {
    List<Box> boxes = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    boxes.add(new Box(0, 0, WIDTH, HEIGHT, PAGE));
    boxes.add(new Box(0, 0, WIDTH, 150, BAND));
    lines.add(new Line(MARGIN, 42, "FOLLICLE · IMAGE OF THE STUDY", 18, true, ON_BAND));
    int y = 84;
    for (String line : wrap(va.title(), 28, true, WIDTH - 2 * MARGIN, 2)) {
      lines.add(new Line(MARGIN, y, line, 28, true, ON_BAND));
      y += 36;
    }
    int columnWidth = (WIDTH - 2 * MARGIN - GAP) / 2;
    int top = 170;
    int rowHeight = 130;
    int right = MARGIN + columnWidth + GAP;
    int second = top + rowHeight + GAP;
    List<VisualAbstract.Panel> panels = va.panels();
    panel(boxes, lines, panels.get(0), new Frame(MARGIN, top, columnWidth, rowHeight), CARD, 24);
    panel(boxes, lines, panels.get(1), new Frame(right, top, columnWidth, rowHeight), CARD, 24);
    panel(boxes, lines, panels.get(2), new Frame(MARGIN, second, columnWidth, rowHeight), CARD, 24);
    panel(boxes, lines, panels.get(4), new Frame(right, second, columnWidth, rowHeight), CARD, 24);
    int resultTop = second + rowHeight + GAP;
    Frame result =
        new Frame(MARGIN, resultTop, WIDTH - 2 * MARGIN, HEIGHT - MARGIN / 2 - resultTop);
    panel(boxes, lines, panels.get(3), result, RESULT_CARD, 30);
    return new Drawing(List.copyOf(boxes), List.copyOf(lines));
  }

  /** Where a panel goes on the canvas. */
  private record Frame(int x, int y, int width, int height) {}

  private static void panel(
      List<Box> boxes,
      List<Line> lines,
      VisualAbstract.Panel panel,
      Frame frame,
      String fill,
      int textSize) {
    boxes.add(new Box(frame.x(), frame.y(), frame.width(), frame.height(), fill));
    lines.add(
        new Line(
            frame.x() + PAD,
            frame.y() + PAD + 14,
            panel.label().toUpperCase(java.util.Locale.ROOT),
            16,
            true,
            LABEL));
    int lineY = frame.y() + PAD + 22 + textSize;
    int maxLines = (frame.height() - PAD - 22) / (textSize + 6);
    for (String line : wrap(panel.text(), textSize, false, frame.width() - 2 * PAD, maxLines)) {
      lines.add(new Line(frame.x() + PAD, lineY, line, textSize, false, INK));
      lineY += textSize + 6;
    }
  }

  /** The text broken into at most maxLines lines that fit the width; the last one ellipsised. */
  static List<String> wrap(String text, int size, boolean bold, int width, int maxLines) {
    FontMetrics metrics = metrics(size, bold);
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (metrics.stringWidth(candidate) <= width || current.isEmpty()) {
        current.setLength(0);
        current.append(candidate);
      } else {
        lines.add(current.toString());
        current.setLength(0);
        current.append(word);
      }
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    if (lines.size() <= maxLines) {
      return lines.stream().map(l -> fit(l, metrics, width)).toList();
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + " …", metrics, width));
    return kept;
  }

  /** A line cut with an ellipsis if even alone it is wider than the width (one long word). */
  private static String fit(String line, FontMetrics metrics, int width) {
    if (metrics.stringWidth(line) <= width) {
      return line;
    }
    String cut = line;
    while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "…";
  }

  static Font font(int size, boolean bold) {
    return new Font(FONT, bold ? Font.BOLD : Font.PLAIN, size);
  }

  private static FontMetrics metrics(int size, boolean bold) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      return g.getFontMetrics(font(size, bold));
    } finally {
      g.dispose();
    }
  }
}
