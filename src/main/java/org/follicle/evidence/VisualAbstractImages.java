package org.follicle.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.web.util.HtmlUtils;

/** Draws a visual abstract's layout as SVG and as PNG (Java2D, headless). */
final class VisualAbstractImages {

  private VisualAbstractImages() {}

  /** The SVG document, with its title and description for screen readers. */
  static String svg(VisualAbstract va) {
    VisualAbstractLayout.Drawing drawing = VisualAbstractLayout.of(va);
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"va-title va-desc\" font-family=\"DejaVu Sans, Verdana, sans-serif\">"
            .formatted(
                VisualAbstractLayout.WIDTH,
                VisualAbstractLayout.HEIGHT,
                VisualAbstractLayout.WIDTH,
                VisualAbstractLayout.HEIGHT));
    svg.append("<title id=\"va-title\">")
        .append(escape("Visual abstract: " + va.title()))
        .append("</title>");
    svg.append("<desc id=\"va-desc\">").append(escape(va.altText())).append("</desc>");
    for (VisualAbstractLayout.Box box : drawing.boxes()) {
      svg.append(
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" fill=\"%s\"/>"
              .formatted(
                  box.x(),
                  box.y(),
                  box.width(),
                  box.height(),
                  box.width() == VisualAbstractLayout.WIDTH ? 0 : 12,
                  box.fill()));
    }
    for (VisualAbstractLayout.Line line : drawing.lines()) {
      svg.append(
          "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>"
              .formatted(
                  line.x(),
                  line.y(),
                  line.size(),
                  line.bold() ? "bold" : "normal",
                  line.fill(),
                  escape(line.text())));
    }
    return svg.append("</svg>\n").toString();
  }

  /** The PNG image, drawn from the same layout. */
  static byte[] png(VisualAbstract va) {
    VisualAbstractLayout.Drawing drawing = VisualAbstractLayout.of(va);
    BufferedImage image =
        new BufferedImage(
            VisualAbstractLayout.WIDTH, VisualAbstractLayout.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      for (VisualAbstractLayout.Box box : drawing.boxes()) {
        g.setColor(Color.decode(box.fill()));
        int arc = box.width() == VisualAbstractLayout.WIDTH ? 0 : 24;
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
      }
      for (VisualAbstractLayout.Line line : drawing.lines()) {
        g.setColor(Color.decode(line.fill()));
        g.setFont(VisualAbstractLayout.font(line.size(), line.bold()));
        g.drawString(line.text(), line.x(), line.y());
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
