package org.follicle.community;

import org.follicle.account.AccountDeleted;
import org.follicle.account.AccountView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a deleted account's posts and comments readable as "a deleted account" and takes its votes
 * back out of the scores. It runs in the deletion's own transaction, so no moment passes with the
 * account gone but its name or votes still counted.
 */
@Component
class CommunityAccountListener {

  private final CommunityStore store;
  private final Community community;

  CommunityAccountListener(CommunityStore store, Community community) {
    this.store = store;
    this.community = community;
  }

  @EventListener
  void on(AccountDeleted deleted) {
    AccountView voter =
        new AccountView(
            deleted.accountId(), deleted.username(), deleted.username(), java.util.Set.of());
    for (long postId : store.votedOn(VoteTarget.POST, deleted.accountId())) {
      community.votePost(voter, postId, 0);
    }
    for (long commentId : store.votedOn(VoteTarget.COMMENT, deleted.accountId())) {
      community.voteComment(voter, commentId, 0);
    }
    store.anonymise(deleted.accountId());
  }
}
