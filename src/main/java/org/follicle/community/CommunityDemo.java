package org.follicle.community;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.follicle.account.AccountView;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.ingest.DemoContentLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's part of the demo: three demo accounts (named "Demo: …" and marked "demo account"
 * on every post) write a few posts and comments about the two seed studies. Loading the demo again
 * adds nothing: the accounts and their posts are made in one transaction, once.
 */
@Component
class CommunityDemo {

  private static final String CASE_REPORT_DOI = "10.3389/fimmu.2022.904156";

  /** The second seed study has no identifier; the demo finds it by its title. */
  private static final String PEDIATRIC_TITLE =
      "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata";

  private static final String NOTE =
      "\n\n*Written for Follicle's demo by a demo account: an example of a post, not advice.*";

  private final Accounts accounts;
  private final Community community;
  private final DemoAuthors demoAuthors;
  private final Catalog catalog;
  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  CommunityDemo(
      Accounts accounts,
      Community community,
      DemoAuthors demoAuthors,
      Catalog catalog,
      JdbcClient jdbc) {
    this.accounts = accounts;
    this.community = community;
    this.demoAuthors = demoAuthors;
    this.catalog = catalog;
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional
  void on(DemoContentLoaded loaded) {
    if (demoAuthors.exist()) {
      return;
    }
    long caseReport =
        catalog
            .idByDoi(Doi.parse(CASE_REPORT_DOI))
            .orElseThrow(() -> new IllegalStateException("the demo lacks " + CASE_REPORT_DOI));
    long pediatric =
        jdbc.sql("select id from paper where title = ? order by id fetch first 1 rows only")
            .param(PEDIATRIC_TITLE)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new IllegalStateException("the demo lacks " + PEDIATRIC_TITLE));
    AccountView sam = demoAccount("demo-sam", "Demo: Sam");
    AccountView noor = demoAccount("demo-noor", "Demo: Noor");
    AccountView alex = demoAccount("demo-alex", "Demo: Alex");

    PostRow caseReportPost =
        community.createPost(
            sam,
            "research",
            new PostText(
                "One patient, full regrowth on tofacitinib: how much can a case report tell us?",
                """
                This study follows a single person with alopecia universalis who regrew hair \
                while taking tofacitinib, a JAK inhibitor.

                A case report is a good reason to look for trials, not proof that a treatment \
                works for most people: there is no comparison group, and one person's course can \
                differ from anyone else's.

                The part I keep thinking about is the rise in cytokine levels the authors \
                describe. They ask whether it is an expected reaction or a warning sign, and \
                leave it open. Has anyone seen this discussed in larger studies?"""
                    + NOTE,
                List.of(caseReport)));
    PostRow pediatricPost =
        community.createPost(
            noor,
            "treatments",
            new PostText(
                "Tofacitinib for children when other treatments failed: my questions for the"
                    + " dermatologist",
                """
                Our daughter's alopecia areata did not respond to the usual treatments, and \
                tofacitinib came up at the last appointment. I read this study of children \
                treated with it and wrote down what I want to ask:

                - How many children were treated, and for how long were they followed?
                - Which blood tests are needed before and during treatment?
                - What happened when children stopped taking it?

                If you have been through this with your own child, what else would you ask?"""
                    + NOTE,
                List.of(pediatric)));
    community.createPost(
        alex,
        "chat",
        new PostText(
            "Reading JAK inhibitor studies for the first time: where I start",
            """
            Before the results I look at three things on a study's page: its design (a case \
            report, a series of patients, or a randomised trial), how many people took part, and \
            how long they were followed.

            The two tofacitinib studies linked here are a good pair to practise on: one is a \
            single case in an adult, the other a group of children."""
                + NOTE,
            List.of(caseReport, pediatric)));

    community.comment(
        alex,
        caseReportPost.id(),
        null,
        "Agreed: a single case is where a question starts. I would look for how the cytokine"
            + " levels were followed over time."
            + NOTE);
    community.comment(
        sam,
        pediatricPost.id(),
        null,
        "Worth asking too how regrowth was measured: a SALT score before and after makes one"
            + " study comparable with another."
            + NOTE);
  }

  private AccountView demoAccount(String username, String displayName) {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    // Nobody signs in to a demo account: its password is random and thrown away.
    AccountView account =
        accounts.createConfirmed(
            username,
            username + "@demo.invalid",
            Base64.getEncoder().encodeToString(secret),
            Set.of());
    demoAuthors.add(account.id(), displayName);
    return new AccountView(account.id(), username, displayName, Set.of(Role.READER));
  }
}
