package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.follicle.account.AccountView;
import org.follicle.account.TestMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A thousand accounts vote on one post at once, from 32 threads, through the service and its store:
 * the score ends exact. The accounts are inserted in one batch (their passwords never sign in),
 * because hashing a thousand passwords would test bcrypt, not the store.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityVoteConcurrencyTests {

  private static final int VOTERS = 1000;

  @Autowired Community community;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @Test
  void aThousandConcurrentVotersEndWithTheExactScore() throws Exception {
    List<AccountView> voters = voters("crowd" + System.nanoTime() % 1_000_000_000L);
    PostRow post =
        community.createPost(voters.get(0), "chat", new PostText("Crowded", "Vote!", List.of()));

    runAll(voters, voter -> community.votePost(voter, post.id(), 1));
    assertThat(community.post(post.id()).score()).isEqualTo(VOTERS);

    // Then at once: 400 turn their vote down, 100 withdraw theirs, 500 press up again.
    runAll(
        voters,
        voter -> {
          int index = voters.indexOf(voter);
          community.votePost(voter, post.id(), index < 400 ? -1 : index < 500 ? 0 : 1);
        });
    assertThat(community.post(post.id()).score()).isEqualTo(500 - 400);
    assertThat(
            jdbc.queryForObject(
                "select coalesce(sum(vote_value), 0) from community_post_vote where post_id = ?",
                Integer.class,
                post.id()))
        .isEqualTo(100);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from community_post_vote where post_id = ?",
                Integer.class,
                post.id()))
        .isEqualTo(900);
    assertThat(community.post(post.id()).hot()).isEqualTo(HotRank.of(100, post.createdAt()));
  }

  private void runAll(List<AccountView> voters, java.util.function.Consumer<AccountView> vote)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (AccountView voter : voters) {
        done.add(pool.submit(() -> vote.accept(voter)));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private List<AccountView> voters(String prefix) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      String name = prefix + "v" + i;
      rows.add(new Object[] {name, name, name + "@example.org", name + "@example.org", now, now});
    }
    jdbc.batchUpdate(
        "insert into account (username, username_key, email, email_key, password_hash,"
            + " email_confirmed_at, created_at) values (?, ?, ?, ?, '{noop}unused', ?, ?)",
        rows);
    return jdbc.query(
        "select id, username from account where username like ? order by id",
        (rs, row) ->
            new AccountView(
                rs.getLong("id"), rs.getString("username"), rs.getString("username"), Set.of()),
        prefix + "v%");
  }
}
