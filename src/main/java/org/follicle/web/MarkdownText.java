package org.follicle.web;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What people write (reviews, answers, posts) rendered from Markdown to HTML that is safe to put in
 * a page: raw HTML in the source is shown as text, and the rendered HTML is then cleaned with an
 * allow-list, so a script, an event handler or a {@code javascript:} link never survives.
 */
public final class MarkdownText {

  private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  // Images are left out: a picture from another site would track readers and break the CSP.
  private static final Safelist ALLOWED =
      Safelist.basic()
          .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "del")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addAttributes("a", "rel");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private MarkdownText() {}

  /** The HTML of a Markdown text, cleaned; an empty string for null or blank input. */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String html = RENDERER.render(PARSER.parse(markdown));
    Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", ALLOWED, OUTPUT));
    clean.outputSettings(OUTPUT);
    // Links people write are theirs, not the site's: no search-engine credit, no opener access.
    clean.select("a[href]").attr("rel", "nofollow ugc noopener noreferrer");
    return clean.body().html();
  }

  /** The plain text of a Markdown text (no markup), for gists, feeds and mail. */
  public static String toPlainText(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).text();
  }
}
