package org.follicle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

  @Test
  void rendersEmphasisListsAndLinks() {
    Document page =
        Jsoup.parseBodyFragment(
            MarkdownText.toSafeHtml(
                "**Shed less** after *3 months*\n\n- one\n- two\n\n[PRP](https://example.org/prp)"));
    assertThat(page.select("strong").text()).isEqualTo("Shed less");
    assertThat(page.select("em").text()).isEqualTo("3 months");
    assertThat(page.select("li").eachText()).containsExactly("one", "two");
    assertThat(page.select("a").attr("href")).isEqualTo("https://example.org/prp");
    assertThat(page.select("a").attr("rel")).isEqualTo("nofollow ugc noopener noreferrer");
  }

  @Test
  void linksBareAddresses() {
    Document page =
        Jsoup.parseBodyFragment(MarkdownText.toSafeHtml("see https://example.org/data"));
    assertThat(page.select("a").attr("href")).isEqualTo("https://example.org/data");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert('x')</script>",
        "<img src=x onerror=alert('x')>",
        "[click](javascript:alert('x'))",
        "<a href=\"javascript:alert('x')\">x</a>",
        "<svg/onload=alert('x')>",
        "<iframe src=\"javascript:alert('x')\"></iframe>",
        "<div style=\"background:url(javascript:alert('x'))\">x</div>",
        "![x](javascript:alert('x'))",
        "<IMG SRC=JaVaScRiPt:alert('x')>",
        "<body onload=alert('x')>"
      })
  void leavesNoActiveContent(String attack) {
    Document page = Jsoup.parseBodyFragment(MarkdownText.toSafeHtml(attack));
    assertThat(page.body().select("script, img, svg, iframe, [style]")).isEmpty();
    assertThat(page.select("[href]").eachAttr("href"))
        .allSatisfy(href -> assertThat(href.toLowerCase()).doesNotContain("javascript"));
    assertThat(page.getAllElements())
        .allSatisfy(
            element ->
                assertThat(element.attributes().asList())
                    .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")));
  }

  @Test
  void plainTextDropsMarkup() {
    assertThat(MarkdownText.toPlainText("# Title\n\n**bold** and [a link](https://x.org)"))
        .isEqualTo("Title bold and a link");
  }

  @Test
  void blankIsEmpty() {
    assertThat(MarkdownText.toSafeHtml(null)).isEmpty();
    assertThat(MarkdownText.toSafeHtml("  ")).isEmpty();
  }
}
