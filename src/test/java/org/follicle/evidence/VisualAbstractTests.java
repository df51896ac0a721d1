package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.ingest.DemoContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class VisualAbstractTests {

  @Autowired MockMvc mvc;
  @Autowired DemoContent demo;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  private long pediatric;

  @BeforeEach
  void loadTheDemo() throws InterruptedException {
    EmptyCatalog.empty(jdbc);
    demo.load();
    derivedWork.await(Duration.ofMinutes(5));
    pediatric = jdbc.queryForObject("select id from paper where doi is null", Long.class);
  }

  @Test
  void thePaperPageShowsTheImageOfTheStudyWithItsAltTextAndDownloads() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/papers/" + pediatric))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select(".visual-abstract h2").text()).isEqualTo("Image of the study");
    String alt = page.select(".visual-abstract img").attr("alt");
    assertThat(alt)
        .contains(
            "Design: Retrospective study",
            "Population: 9 participants, mean age 14.6 years, alopecia areata",
            "Intervention: Tofacitinib",
            "Key result: SALT50 in 5/7 (71.4%) after 12 months",
            "Follow-up: 12 months");
    assertThat(page.select(".visual-abstract a[download]").eachAttr("href"))
        .containsExactly(
            "/papers/" + pediatric + "/visual-abstract.svg",
            "/papers/" + pediatric + "/visual-abstract.png");
  }

  @Test
  void servesTheSvgWithEveryPanelAndAnAccessibleName() throws Exception {
    String svg =
        mvc.perform(get("/papers/" + pediatric + "/visual-abstract.svg"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document doc = Jsoup.parse(svg, Parser.xmlParser());
    assertThat(doc.select("svg").attr("role")).isEqualTo("img");
    assertThat(doc.select("title").text()).startsWith("Visual abstract: Systemic Tofacitinib");
    assertThat(doc.select("text").eachText())
        .contains("DESIGN", "POPULATION", "INTERVENTION", "KEY RESULT", "FOLLOW-UP")
        .contains("Retrospective study", "Tofacitinib");
  }

  @Test
  void servesAPngOfTheSizeLinkPreviewsUse() throws Exception {
    byte[] png =
        mvc.perform(get("/papers/" + pediatric + "/visual-abstract.png"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.IMAGE_PNG))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    assertThat(image.getRGB(5, 5) & 0xFFFFFF).as("the title band").isEqualTo(0x0B5E55);
  }

  @Test
  void theApiDescribesTheVisualAbstractAndWhereItsImagesAre() throws Exception {
    JsonNode body =
        json.readTree(
            mvc.perform(get("/api/papers/" + pediatric + "/visual-abstract"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(body.get("panels").findValuesAsString("label"))
        .containsExactly("Design", "Population", "Intervention", "Key result", "Follow-up");
    assertThat(body.get("png").asString())
        .isEqualTo("/papers/" + pediatric + "/visual-abstract.png");
    assertThat(body.get("altText").asString()).contains("SALT50 in 5/7 (71.4%)");
  }

  @Test
  void aPaperWithoutFactsHasNoVisualAbstract() throws Exception {
    mvc.perform(get("/api/papers/987654321/visual-abstract"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/papers/987654321/visual-abstract.png")).andExpect(status().isNotFound());
  }
}
