package org.follicle.authorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claiming papers on the pages and through the API: a moderator's approval or rejection, the
 * e-mail-domain verification, conflicts, permissions, and what follows (badge, profile, role).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimFlowTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String EXAMPLE_EDU_AFFILIATION =
      "Department of Dermatology, Example University, Boston, MA, USA. Electronic address:"
          + " ana.lima@med.example.edu.";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;
  @Autowired VerifiedAuthors verifiedAuthors;
  @Autowired ClaimRepository claimRepository;

  @Test
  void aModeratorApprovesAClaimAndTheBadgeProfileAndRoleFollow() throws Exception {
    long paper = paper("Approved claim");
    Person ana = person("ana", "other.org", Set.of());
    Person moderator = person("mod", "other.org", Set.of(Role.MODERATOR));

    JsonNode claim = claim(ana, paper, "{\"authorPosition\": 2}", 201);
    long claimId = claim.get("id").asLong();
    assertThat(claim.get("status").asString()).isEqualTo("pending");
    assertThat(claim.get("authorName").asString()).isEqualTo("Ben Costa");
    assertThat(claim.has("accountId")).as("account ids stay private").isFalse();
    assertThat(page("/account", ana.session).select("a[href=/account/claims]").text())
        .isEqualTo("Your claims of authorship");
    Document own = page("/account/claims", ana.session);
    assertThat(own.select("#claim-" + claimId + " .claim-status").text())
        .isEqualTo("waiting for a moderator");

    JsonNode queue = getJson("/api/moderation/claims?limit=100", moderator.session);
    assertThat(queue.get("items").valueStream().map(c -> c.get("id").asLong())).contains(claimId);
    Document moderation = page("/moderation/claims", moderator.session);
    assertThat(moderation.select("#claim-" + claimId + " form input[name=_csrf]")).hasSize(2);
    mvc.perform(
            post("/moderation/claims/" + claimId + "/approve")
                .cookie(moderator.session)
                .with(csrf()))
        .andExpect(redirectedUrl("/moderation/claims"));

    Document paperPage = page("/papers/" + paper, ana.session);
    assertThat(paperPage.select(".claim-verified").text())
        .contains("Ben Costa", "Claimed by " + ana.name, "✓ Verified author");
    assertThat(paperPage.select(".claim-own .claim-status").text()).isEqualTo("✓ verified");
    Document profile = page("/people/" + ana.name, null);
    assertThat(profile.select(".verified-paper .paper-title a").attr("href"))
        .isEqualTo("/papers/" + paper);
    assertThat(profile.select(".verified-paper .journal").text()).isEqualTo("Journal of Claims");
    assertThat(profile.select(".verified-paper time").text()).isEqualTo("March 2024");
    JsonNode person = getJson("/api/people/" + ana.name, null);
    assertThat(person.get("papers").get(0).get("paperId").asLong()).isEqualTo(paper);
    assertThat(person.get("papers").get(0).get("verifiedBy").asString()).isEqualTo("moderator");

    assertThat(verifiedAuthors.isVerifiedAuthor(ana.id, paper)).isTrue();
    assertThat(verifiedAuthors.verifiedAuthorAccounts(paper)).containsExactly(ana.id);
    assertThat(rolesGrantedByClaims(ana.id)).isEqualTo(1);
    Cookie again = signIn(ana.name);
    assertThat(
            getJson("/api/account", again)
                .get("roles")
                .valueStream()
                .map(r -> r.get("role").asString()))
        .contains("verified_author");

    mvc.perform(
            delete("/api/claims/" + claimId).cookie(again).contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNoContent());
    assertThat(rolesGrantedByClaims(ana.id)).as("the last verified claim took the role").isZero();
    assertThat(verifiedAuthors.isVerifiedAuthor(ana.id, paper)).isFalse();
    mvc.perform(get("/api/people/" + ana.name)).andExpect(status().isNotFound());
  }

  @Test
  void aModeratorRejectsAClaimWithAReasonTheClaimantReads() throws Exception {
    long paper = paper("Rejected claim");
    Person ana = person("ana", "other.org", Set.of());
    Person moderator = person("mod", "other.org", Set.of(Role.MODERATOR));
    long claimId = claim(ana, paper, "{\"authorName\": \"  ana   LIMA \"}", 201).get("id").asLong();

    mvc.perform(
            post("/api/moderation/claims/" + claimId + "/reject")
                .cookie(moderator.session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));
    mvc.perform(
            post("/api/moderation/claims/" + claimId + "/reject")
                .cookie(moderator.session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"The affiliation names another institution.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("rejected"))
        .andExpect(jsonPath("$.decidedBy").value(moderator.name));

    Document own = page("/account/claims", ana.session);
    assertThat(own.select("#claim-" + claimId + " .claim-status").text()).isEqualTo("rejected");
    assertThat(own.select("#claim-" + claimId + " .claim-note").text())
        .isEqualTo("The affiliation names another institution.");
    Document paperPage = page("/papers/" + paper, ana.session);
    assertThat(paperPage.select(".claim-own .claim-note").text())
        .isEqualTo("The affiliation names another institution.");
    assertThat(paperPage.select(".claim-verified")).isEmpty();
    assertThat(paperPage.select("form.claim-form"))
        .as("a rejected claimant may claim again")
        .hasSize(1);
    assertThat(rolesGrantedByClaims(ana.id)).isZero();
  }

  @Test
  void aConfirmedAddressAtTheAffiliationsDomainVerifiesTheClaimAtOnceAndSaysWhy() throws Exception {
    long paper = paper("E-mail domain claim");
    Person atExample = person("edu", "example.edu", Set.of());
    Person elsewhere = person("org", "other.org", Set.of());

    mvc.perform(
            post("/papers/" + paper + "/claims")
                .param("authorPosition", "1")
                .cookie(atExample.session)
                .with(csrf()))
        .andExpect(redirectedUrl("/papers/" + paper + "#claims"));
    JsonNode claims = getJson("/api/papers/" + paper + "/claims", null).get("claims");
    JsonNode verified = claims.get(0);
    assertThat(verified.get("username").asString()).isEqualTo(atExample.name);
    assertThat(verified.get("status").asString()).isEqualTo("verified");
    assertThat(verified.get("verifiedBy").asString()).isEqualTo("email_domain");
    assertThat(verified.get("decisionNote").asString())
        .contains("example.edu")
        .contains("med.example.edu");
    Document paperPage = page("/papers/" + paper, atExample.session);
    assertThat(paperPage.select(".claim-verified").text()).contains("Ana Lima", atExample.name);
    assertThat(paperPage.select(".claim-own .claim-note").text()).contains("example.edu");
    assertThat(rolesGrantedByClaims(atExample.id)).isEqualTo(1);

    JsonNode pending = claim(elsewhere, paper, "{\"authorPosition\": 2}", 201);
    assertThat(pending.get("status").asString()).isEqualTo("pending");
    assertThat(pending.get("decisionNote").isNull()).isTrue();
  }

  @Test
  void conflictsAndBadChoicesAreRefusedNamingTheProblem() throws Exception {
    long paper = paper("Conflicting claims");
    Person first = person("first", "example.edu", Set.of());
    Person second = person("second", "other.org", Set.of());
    Person moderator = person("mod", "other.org", Set.of(Role.MODERATOR));
    long verifiedClaim = claim(first, paper, "{\"authorPosition\": 1}", 201).get("id").asLong();

    assertThat(claim(second, paper, "{\"authorPosition\": 1}", 409).get("detail").asString())
        .contains("verified as " + first.name);
    assertThat(claim(first, paper, "{\"authorPosition\": 2}", 409).get("detail").asString())
        .contains("You already claim author 1");
    assertThat(claim(second, paper, "{\"authorPosition\": 3}", 400).get("field").asString())
        .isEqualTo("authorPosition");
    assertThat(claim(second, paper, "{}", 400).get("field").asString()).isEqualTo("authorPosition");
    assertThat(
            claim(second, paper, "{\"authorName\": \"Nobody Here\"}", 400).get("field").asString())
        .isEqualTo("authorName");
    claim(second, Long.MAX_VALUE, "{\"authorPosition\": 1}", 404);
    mvc.perform(get("/api/papers/" + Long.MAX_VALUE + "/claims")).andExpect(status().isNotFound());

    mvc.perform(
            delete("/api/claims/" + verifiedClaim)
                .cookie(second.session)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/moderation/claims/" + verifiedClaim + "/approve")
                .cookie(moderator.session)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/api/moderation/claims/" + Long.MAX_VALUE + "/approve")
                .cookie(moderator.session)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound());
    assertThat(claims(paper)).hasSize(1);
  }

  @Test
  void approvingASecondClaimOnAVerifiedPositionIsAConflict() throws Exception {
    long paper = paper("Two claimants");
    Person first = person("first", "other.org", Set.of());
    Person second = person("second", "other.org", Set.of());
    Person moderator = person("mod", "other.org", Set.of(Role.MODERATOR));
    long firstClaim = claim(first, paper, "{\"authorPosition\": 2}", 201).get("id").asLong();
    long secondClaim = claim(second, paper, "{\"authorPosition\": 2}", 201).get("id").asLong();

    approve(firstClaim, moderator).andExpect(status().isOk());
    approve(secondClaim, moderator)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(first.name)));
    assertThat(verifiedAuthors.verifiedAuthorAccounts(paper)).containsExactly(first.id);
  }

  @Test
  void readersCannotModerateAndVisitorsCannotClaim() throws Exception {
    long paper = paper("Permissions");
    Person reader = person("reader", "other.org", Set.of());
    long claimId = claim(reader, paper, "{\"authorPosition\": 1}", 201).get("id").asLong();

    mvc.perform(get("/api/moderation/claims").cookie(reader.session))
        .andExpect(status().isForbidden());
    approve(claimId, reader).andExpect(status().isForbidden());
    mvc.perform(get("/moderation/claims").cookie(reader.session)).andExpect(status().isForbidden());
    mvc.perform(
            post("/moderation/claims/" + claimId + "/approve").cookie(reader.session).with(csrf()))
        .andExpect(status().isForbidden());

    mvc.perform(
            post("/api/papers/" + paper + "/claims")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"authorPosition\": 2}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(delete("/api/claims/" + claimId).contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnauthorized());
    Document visitorPage = page("/papers/" + paper, null);
    assertThat(visitorPage.select(".claims a[href=/signin]")).hasSize(1);
    assertThat(visitorPage.select("form.claim-form")).isEmpty();
    assertThat(claims(paper)).hasSize(1);
  }

  @Test
  void theFormsNeedTheCsrfToken() throws Exception {
    long paper = paper("Forged forms");
    Person reader = person("reader", "other.org", Set.of());
    Person moderator = person("mod", "other.org", Set.of(Role.MODERATOR));
    Document paperPage = page("/papers/" + paper, reader.session);
    assertThat(paperPage.select("form.claim-form input[name=_csrf]")).hasSize(1);
    assertThat(paperPage.select("form.claim-form option").eachText())
        .containsExactly("1. Ana Lima", "2. Ben Costa");

    mvc.perform(
            post("/papers/" + paper + "/claims")
                .param("authorPosition", "1")
                .cookie(reader.session))
        .andExpect(status().isForbidden());
    assertThat(claims(paper)).isEmpty();
    long claimId = claim(reader, paper, "{\"authorPosition\": 1}", 201).get("id").asLong();
    mvc.perform(post("/moderation/claims/" + claimId + "/approve").cookie(moderator.session))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/moderation/claims/" + claimId + "/reject")
                .param("reason", "forged")
                .cookie(moderator.session))
        .andExpect(status().isForbidden());
    mvc.perform(post("/account/claims/" + claimId + "/withdraw").cookie(reader.session))
        .andExpect(status().isForbidden());
    assertThat(claims(paper).get(0).get("status").asString()).isEqualTo("pending");
  }

  @Test
  void theExportHoldsTheClaimsAndADeletedAccountsClaimsGo() throws Exception {
    long paper = paper("Deleted claimant");
    Person ana = person("ana", "other.org", Set.of());
    claim(ana, paper, "{\"authorPosition\": 1}", 201);
    JsonNode export = getJson("/api/account/export", ana.session);
    assertThat(export.get("authorshipClaims").get(0).get("paperId").asLong()).isEqualTo(paper);

    mvc.perform(
            delete("/api/account")
                .cookie(ana.session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("password", PASSWORD))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authorshipClaims[0].authorName").value("Ana Lima"));
    // The claims go on the AccountDeleted event, after the deletion commits.
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!claims(paper).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(claims(paper)).isEmpty();
  }

  @Test
  void theTableRefusesASecondVerifiedClaimantEvenWhenTheChecksAreRaced() throws Exception {
    long paper = paper("Raced claims");
    Person first = person("first", "example.edu", Set.of());
    Person second = person("second", "other.org", Set.of());
    long verifiedId = claim(first, paper, "{\"authorPosition\": 1}", 201).get("id").asLong();
    Claim verified = claimRepository.byId(verifiedId).orElseThrow();
    assertThat(verified.verified()).isTrue();
    Claim racing =
        new Claim(
            0,
            paper,
            second.id,
            second.name,
            1,
            "Ana Lima",
            ClaimStatus.VERIFIED,
            Verification.MODERATOR,
            null,
            "mod",
            verified.createdAt(),
            verified.createdAt());
    assertThatThrownBy(() -> claimRepository.insert(racing))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(verifiedAuthors.verifiedAuthorAccounts(paper)).containsExactly(first.id);
  }

  @Test
  void aDeletedPapersClaimsGoAndTheirVerifiedAuthorLosesTheRoleTheyGave() throws Exception {
    // Far above PubMed's ids, so no imported paper is merged into it.
    String pmid = Long.toString(99_000_000L + System.nanoTime() % 900_000L);
    long paper = paper("Deleted paper", pmid);
    Person ana = person("ana", "example.edu", Set.of());
    claim(ana, paper, "{\"authorPosition\": 1}", 201);
    assertThat(rolesGrantedByClaims(ana.id)).isEqualTo(1);

    assertThat(catalog.deleteByPmid(pmid)).isTrue();
    // The claims go on the PapersDeleted event, after the deletion commits.
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (rolesGrantedByClaims(ana.id) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(rolesGrantedByClaims(ana.id)).isZero();
    assertThat(claimRepository.ofAccount(ana.id)).isEmpty();
  }

  @Test
  void withoutOrcidSettingsTheClaimsPageOffersNoOrcidLink() throws Exception {
    Person ana = person("ana", "other.org", Set.of());
    Document own = page("/account/claims", ana.session);
    assertThat(own.select(".orcid-link")).isEmpty();
    MvcResult refused =
        mvc.perform(get("/account/orcid/link").cookie(ana.session))
            .andExpect(redirectedUrl("/account/claims"))
            .andReturn();
    assertThat(refused.getFlashMap().get("orcidError"))
        .isEqualTo("Linking an ORCID iD is not offered on this Follicle");
  }

  @Test
  void theApiDescriptionListsTheClaimAndModerationEndpoints() throws Exception {
    JsonNode paths = getJson("/v3/api-docs", null).get("paths");
    assertThat(paths.has("/api/papers/{id}/claims")).isTrue();
    assertThat(paths.has("/api/claims/{id}")).isTrue();
    assertThat(paths.has("/api/people/{username}")).isTrue();
    assertThat(paths.has("/api/moderation/claims/{id}/reject")).isTrue();
  }

  private record Person(long id, String name, Cookie session) {}

  private Person person(String prefix, String domain, Set<Role> roles) throws Exception {
    String name = prefix + "-" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    long id = accounts.createConfirmed(name, name + "@" + domain, PASSWORD, roles).id();
    return new Person(id, name, signIn(name));
  }

  private Cookie signIn(String name) throws Exception {
    return mvc.perform(
            post("/api/auth/signin")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", name, "password", PASSWORD))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  /** A paper of two authors; the first one's affiliation ends with an address at example.edu. */
  private long paper(String title) {
    return paper(title, null);
  }

  private long paper(String title, String pmid) {
    Doi doi = Doi.parse("10.5555/claims." + System.nanoTime() + "." + SEQUENCE.incrementAndGet());
    catalog.upsert(
        PaperRecord.builder()
            .title(title + " " + doi.value())
            .doi(doi)
            .pmid(pmid)
            .date(PartialDate.ofMonth(2024, 3))
            .journal(new PaperRecord.Journal("Journal of Claims", null, null, null))
            .author(new PaperRecord.Author("Lima", "Ana", null, null, EXAMPLE_EDU_AFFILIATION))
            .author(
                new PaperRecord.Author(
                    "Costa", "Ben", null, null, "Clinic of Hair, Lisbon, Portugal."))
            .build());
    return catalog.idByDoi(doi).orElseThrow();
  }

  private JsonNode claim(Person who, long paper, String body, int expectedStatus) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/papers/" + paper + "/claims")
                    .cookie(who.session)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().is(expectedStatus))
            .andReturn();
    if (expectedStatus == 201) {
      assertThat(result.getResponse().getHeader("Location")).startsWith("/api/papers/" + paper);
    }
    return json.readTree(result.getResponse().getContentAsString());
  }

  private org.springframework.test.web.servlet.ResultActions approve(long claimId, Person who)
      throws Exception {
    return mvc.perform(
        post("/api/moderation/claims/" + claimId + "/approve")
            .cookie(who.session)
            .contentType(MediaType.APPLICATION_JSON));
  }

  private java.util.List<JsonNode> claims(long paper) throws Exception {
    return getJson("/api/papers/" + paper + "/claims", null).get("claims").valueStream().toList();
  }

  private int rolesGrantedByClaims(long accountId) {
    return jdbc.queryForObject(
        "select count(*) from account_role where account_id = ? and role = 'VERIFIED_AUTHOR'"
            + " and granted_by = ?",
        Integer.class,
        accountId,
        Claims.ROLE_GRANTOR);
  }

  private JsonNode getJson(String path, Cookie session) throws Exception {
    var request = get(path);
    if (session != null) {
      request.cookie(session);
    }
    return json.readTree(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Document page(String path, Cookie session) throws Exception {
    var request = get(path);
    if (session != null) {
      request.cookie(session);
    }
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
