package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import org.follicle.SharedData;
import org.follicle.catalog.EmptyCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ImportJobTests {

  private static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-token");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void theImportApiAnswersWithoutTheTokenWith401ProblemJson() throws Exception {
    mvc.perform(multipart("/api/imports").file(cslFile()))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("admin token")));
    mvc.perform(multipart("/api/imports").file(cslFile()).with(httpBasic("admin", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void importsAnUploadInTheBackgroundAndReportsLikeTheCommandLine() throws Exception {
    String location =
        mvc.perform(multipart("/api/imports").file(cslFile()).with(ADMIN))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.fileName").value("commonmeta-csl-list.json"))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    String job = pollUntilFinished(location);

    assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("done");
    assertThat(JsonPath.<Integer>read(job, "$.imported")).isEqualTo(17);
    assertThat(JsonPath.<Integer>read(job, "$.percent")).isEqualTo(100);
    assertThat(JsonPath.<String>read(job, "$.summary"))
        .isEqualTo("imported 17, updated 0, unchanged 0, deleted 0, rejected 0");
    mvc.perform(get("/api/papers?limit=100")).andExpect(jsonPath("$.items.length()").value(17));
  }

  @Test
  void refusesAnUnknownFormatAndAnEmptyFileWithProblemJson400() throws Exception {
    mvc.perform(multipart("/api/imports").file(cslFile()).param("format", "endnote").with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.startsWith("unknown format 'endnote'")));
    mvc.perform(
            multipart("/api/imports")
                .file(new MockMultipartFile("file", "empty.ris", "text/plain", new byte[0]))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("the file 'empty.ris' is empty"));
  }

  @Test
  void theAdminPageNeedsSignInAndACsrfToken() throws Exception {
    mvc.perform(get("/admin/imports").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/signin")));
    mvc.perform(multipart("/admin/imports").file(cslFile()).with(ADMIN))
        .andExpect(status().isForbidden());

    String jobPage =
        mvc.perform(multipart("/admin/imports").file(cslFile()).with(ADMIN).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    assertThat(jobPage).startsWith("/admin/imports/");
    pollUntilFinished("/api/imports/" + jobPage.substring("/admin/imports/".length()));
    String html =
        mvc.perform(get(jobPage).with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("imported 17, updated 0, unchanged 0, deleted 0, rejected 0");
  }

  @Test
  void signsInWithTheTokenOnTheSignInPage() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/signin")
                .param("username", "admin")
                .param("password", "test-admin-token")
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/account")));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/signin")
                .param("username", "admin")
                .param("password", "guess")
                .with(csrf()))
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/signin?error")));
  }

  private String pollUntilFinished(String location) throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) {
      String body =
          mvc.perform(get(location).with(ADMIN))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String state = JsonPath.read(body, "$.status");
      if (!state.equals("queued") && !state.equals("running")) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the import job did not finish within 60 s: " + location);
  }

  private static MockMultipartFile cslFile() throws Exception {
    return new MockMultipartFile(
        "file",
        "commonmeta-csl-list.json",
        "application/json",
        Files.readAllBytes(SharedData.file("csl/commonmeta-csl-list.json")));
  }
}
