package org.follicle.authorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.follicle.account.Accounts;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Linking an ORCID iD by signing in at an OpenID Connect provider (one on a loopback port, standing
 * in for ORCID), and the claims it verifies. The provider's settings make this class's own Spring
 * context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrcidLinkFlowTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final LocalOrcidProvider PROVIDER = new LocalOrcidProvider();
  private static final HttpClient BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @DynamicPropertySource
  static void orcid(DynamicPropertyRegistry registry) {
    registry.add("follicle.orcid.issuer-uri", PROVIDER::issuer);
    registry.add("follicle.orcid.client-id", () -> LocalOrcidProvider.CLIENT_ID);
    registry.add("follicle.orcid.client-secret", () -> LocalOrcidProvider.CLIENT_SECRET);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.stop();
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;
  @Autowired ClaimRepository claimRepository;
  @Autowired OrcidLinks orcidLinks;

  @AfterEach
  void behaveAgain() {
    PROVIDER.misbehave(LocalOrcidProvider.Misbehaviour.NONE);
  }

  @Test
  void linkingVerifiesWaitingClaimsOnTheAuthorWithThatOrcidAndLaterClaimsAtOnce() throws Exception {
    String orcid = newOrcid();
    String otherOrcid = newOrcid();
    long matching = paper("ORCID match", orcid);
    long other = paper("ORCID other", otherOrcid);
    Person ana = person("ana");
    long matchingClaim = claim(ana, matching, 2).get("id").asLong();
    long otherClaim = claim(ana, other, 2).get("id").asLong();
    Document before = page("/account/claims", ana.session);
    assertThat(before.select("a.orcid-start").attr("href")).isEqualTo("/account/orcid/link");

    FlashMap linked = link(ana, orcid);
    assertThat(linked.get("orcidError")).isNull();
    assertThat(linked.get("orcidLinked")).isEqualTo(orcid);
    assertThat(linked.get("orcidVerified")).isEqualTo(1);

    Claim verified = claimRepository.byId(matchingClaim).orElseThrow();
    assertThat(verified.status()).isEqualTo(ClaimStatus.VERIFIED);
    assertThat(verified.verifiedBy()).isEqualTo(Verification.ORCID);
    assertThat(verified.decisionNote())
        .isEqualTo("Verified: your linked ORCID iD " + orcid + " is this author's.");
    assertThat(claimRepository.byId(otherClaim).orElseThrow().status())
        .isEqualTo(ClaimStatus.PENDING);
    Document own = page("/account/claims", ana.session);
    assertThat(own.select(".orcid-linked a").attr("href")).isEqualTo("https://orcid.org/" + orcid);
    assertThat(own.select("#claim-" + matchingClaim + " .claim-note").text())
        .contains("your linked ORCID iD " + orcid + " is this author's");
    assertThat(own.select("a.orcid-start")).isEmpty();

    long later = paper("ORCID later", orcid);
    JsonNode atOnce = claim(ana, later, 2);
    assertThat(atOnce.get("status").asString()).isEqualTo("verified");
    assertThat(atOnce.get("verifiedBy").asString()).isEqualTo("orcid");
    assertThat(atOnce.get("decisionNote").asString())
        .isEqualTo("Verified at once: your linked ORCID iD " + orcid + " is this author's.");

    Document profile = page("/people/" + ana.name, null);
    assertThat(profile.select(".profile-orcid a").attr("href"))
        .isEqualTo("https://orcid.org/" + orcid);
    JsonNode person = getJson("/api/people/" + ana.name, null);
    assertThat(person.get("orcid").get("orcid").asString()).isEqualTo(orcid);
    assertThat(person.get("orcid").get("url").asString()).isEqualTo("https://orcid.org/" + orcid);
    assertThat(getJson("/api/account/export", ana.session).get("orcid").get("orcid").asString())
        .isEqualTo(orcid);
  }

  @Test
  void aPageClaimOnTheLinkedAuthorSaysItIsVerifiedThroughOrcid() throws Exception {
    String orcid = newOrcid();
    Person ana = person("ana");
    link(ana, orcid);
    long paper = paper("ORCID page claim", orcid);
    MvcResult result =
        mvc.perform(
                post("/papers/" + paper + "/claims")
                    .cookie(ana.session)
                    .with(csrf())
                    .param("authorPosition", "2"))
            .andExpect(redirectedUrl("/papers/" + paper + "#claims"))
            .andReturn();
    assertThat(result.getFlashMap().get("claimSaved")).isEqualTo("VERIFIED.ORCID");
    Document paperPage =
        Jsoup.parse(
            mvc.perform(
                    get("/papers/" + paper).cookie(ana.session).flashAttrs(result.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(paperPage.select("#claims .confirmation").text())
        .contains("your linked ORCID iD is this author's ORCID iD");
  }

  @Test
  void unlinkingKeepsVerifiedClaimsAndOffersTheLinkAgain() throws Exception {
    String orcid = newOrcid();
    long paper = paper("ORCID unlink", orcid);
    Person ana = person("ana");
    long claimId = claim(ana, paper, 2).get("id").asLong();
    link(ana, orcid);
    mvc.perform(post("/account/orcid/unlink").cookie(ana.session))
        .andExpect(status().isForbidden());
    MvcResult unlinked =
        mvc.perform(post("/account/orcid/unlink").cookie(ana.session).with(csrf()))
            .andExpect(redirectedUrl("/account/claims"))
            .andReturn();
    assertThat(unlinked.getFlashMap().get("orcidUnlinked")).isEqualTo(true);
    assertThat(orcidLinks.ofAccount(ana.id)).isEmpty();
    assertThat(claimRepository.byId(claimId).orElseThrow().verified()).isTrue();
    Document own = page("/account/claims", ana.session);
    assertThat(own.select(".orcid-linked")).isEmpty();
    assertThat(own.select("a.orcid-start")).hasSize(1);
    assertThat(getJson("/api/account/export", ana.session).get("orcid").isNull()).isTrue();
  }

  @Test
  void anIdTokenSignedByAnotherKeyOrForAnotherNonceAudienceIssuerOrTimeIsRefused()
      throws Exception {
    Person ana = person("ana");
    for (var misbehaviour :
        List.of(
            LocalOrcidProvider.Misbehaviour.SIGN_WITH_ANOTHER_KEY,
            LocalOrcidProvider.Misbehaviour.WRONG_NONCE,
            LocalOrcidProvider.Misbehaviour.WRONG_AUDIENCE,
            LocalOrcidProvider.Misbehaviour.WRONG_ISSUER,
            LocalOrcidProvider.Misbehaviour.EXPIRED_TOKEN)) {
      PROVIDER.misbehave(misbehaviour);
      FlashMap refused = link(ana, newOrcid());
      assertThat((String) refused.get("orcidError"))
          .as(misbehaviour.name())
          .startsWith("ORCID's ID token failed its checks")
          .endsWith("the iD was not linked");
      assertThat(orcidLinks.ofAccount(ana.id)).as(misbehaviour.name()).isEmpty();
    }
  }

  @Test
  void aCallbackWithAnotherStateOrWithoutAStartedLinkIsRefused() throws Exception {
    Person ana = person("ana");
    PROVIDER.signInAs(newOrcid());
    URI answer = providerAnswer(startLink(ana));
    String forged = answer.getRawQuery().replaceFirst("state=[^&]*", "state=forged");
    FlashMap badState = callback(ana, forged);
    assertThat((String) badState.get("orcidError")).contains("its state does not match");

    FlashMap replayed = callback(ana, answer.getRawQuery());
    assertThat((String) replayed.get("orcidError"))
        .contains("does not belong to a link you started here");

    Person ben = person("ben");
    URI forAna = providerAnswer(startLink(ana));
    FlashMap otherAccount = callback(ben, forAna.getRawQuery());
    assertThat((String) otherAccount.get("orcidError"))
        .contains("does not belong to a link you started here");
    assertThat(orcidLinks.ofAccount(ana.id)).isEmpty();
    assertThat(orcidLinks.ofAccount(ben.id)).isEmpty();
  }

  @Test
  void declinedConsentAndAnIdLinkedToSomeoneElseComeBackAsMessages() throws Exception {
    Person ana = person("ana");
    PROVIDER.misbehave(LocalOrcidProvider.Misbehaviour.DENY_CONSENT);
    FlashMap declined = link(ana, newOrcid());
    assertThat((String) declined.get("orcidError"))
        .isEqualTo(
            "You did not allow Follicle to read your ORCID iD at ORCID, so nothing was linked");
    PROVIDER.misbehave(LocalOrcidProvider.Misbehaviour.NONE);

    String orcid = newOrcid();
    Person ben = person("ben");
    link(ben, orcid);
    FlashMap taken = link(ana, orcid);
    assertThat((String) taken.get("orcidError"))
        .isEqualTo(
            "ORCID iD " + orcid + " is linked to another Follicle account; unlink it there first");
    assertThat(orcidLinks.ofAccount(ana.id)).isEmpty();
  }

  @Test
  void linkingNeedsSignInAndKeepsTheFollicleSession() throws Exception {
    MvcResult anonymous =
        mvc.perform(get("/account/orcid/link").accept(MediaType.TEXT_HTML)).andReturn();
    assertThat(anonymous.getResponse().getStatus()).isIn(302, 401);
    assertThat(String.valueOf(anonymous.getResponse().getRedirectedUrl()))
        .doesNotStartWith(PROVIDER.issuer());
    Person ana = person("ana");
    String orcid = newOrcid();
    link(ana, orcid);
    JsonNode me = getJson("/api/account", ana.session);
    assertThat(me.get("username").asString()).isEqualTo(ana.name);
  }

  @Test
  void aDeletedAccountsLinkGoes() throws Exception {
    Person ana = person("ana");
    link(ana, newOrcid());
    assertThat(orcidLinks.ofAccount(ana.id)).isPresent();
    mvc.perform(
            delete("/api/account")
                .cookie(ana.session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("password", PASSWORD))))
        .andExpect(status().isOk());
    // The link goes on the AccountDeleted event, after the deletion commits.
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (orcidLinks.ofAccount(ana.id).isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(orcidLinks.ofAccount(ana.id)).isEmpty();
  }

  /** The whole flow as a browser runs it: start, the provider's consent, the callback. */
  private FlashMap link(Person who, String orcid) throws Exception {
    PROVIDER.signInAs(orcid);
    return callback(who, providerAnswer(startLink(who)).getRawQuery());
  }

  private String startLink(Person who) throws Exception {
    String authorize =
        mvc.perform(get("/account/orcid/link").cookie(who.session))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(authorize)
        .startsWith(PROVIDER.issuer() + "/authorize?")
        .contains("scope=openid", "state=", "nonce=", "code_challenge_method=S256");
    return authorize;
  }

  /** Where the provider sends the browser back to, with the code and state. */
  private static URI providerAnswer(String authorize) throws Exception {
    HttpResponse<Void> response =
        BROWSER.send(
            HttpRequest.newBuilder(URI.create(authorize)).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(302);
    URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertThat(back.getPath()).isEqualTo("/account/orcid/callback");
    return back;
  }

  private FlashMap callback(Person who, String rawQuery) throws Exception {
    return mvc.perform(get("/account/orcid/callback?" + rawQuery).cookie(who.session))
        .andExpect(redirectedUrl("/account/claims"))
        .andReturn()
        .getFlashMap();
  }

  /** A well-formed ORCID iD no other test uses: random digits and the matching check character. */
  private static String newOrcid() {
    var random = ThreadLocalRandom.current();
    String digits =
        "0009-%04d-%04d-%03d"
            .formatted(random.nextInt(10_000), random.nextInt(10_000), random.nextInt(1000));
    return Stream.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X")
        .map(check -> OrcidId.parse(digits + check))
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElseThrow()
        .value();
  }

  private record Person(long id, String name, Cookie session) {}

  private Person person(String prefix) throws Exception {
    String name = prefix + "-" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    long id = accounts.createConfirmed(name, name + "@other.org", PASSWORD, Set.of()).id();
    Cookie session =
        mvc.perform(
                post("/api/auth/signin")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(Map.of("username", name, "password", PASSWORD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    return new Person(id, name, session);
  }

  /** A paper of two authors; the second one carries the ORCID iD as the source wrote it. */
  private long paper(String title, String secondAuthorOrcid) {
    Doi doi = Doi.parse("10.5555/orcid." + System.nanoTime() + "." + SEQUENCE.incrementAndGet());
    catalog.upsert(
        PaperRecord.builder()
            .title(title + " " + doi.value())
            .doi(doi)
            .date(PartialDate.ofMonth(2024, 3))
            .journal(new PaperRecord.Journal("Journal of Claims", null, null, null))
            .author(new PaperRecord.Author("Lima", "Ana", null, null, "Clinic, Porto, Portugal."))
            .author(
                new PaperRecord.Author(
                    "Costa", "Ben", null, secondAuthorOrcid, "Clinic of Hair, Lisbon, Portugal."))
            .build());
    return catalog.idByDoi(doi).orElseThrow();
  }

  private JsonNode claim(Person who, long paper, int position) throws Exception {
    return json.readTree(
        mvc.perform(
                post("/api/papers/" + paper + "/claims")
                    .cookie(who.session)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"authorPosition\": " + position + "}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString());
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
