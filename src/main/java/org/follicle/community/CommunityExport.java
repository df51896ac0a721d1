package org.follicle.community;

import java.util.LinkedHashMap;
import java.util.Map;
import org.follicle.account.AccountDataExport;
import org.follicle.community.CommunityResources.Comment;
import org.follicle.community.CommunityResources.Post;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account's posts, comments and votes in its export. */
@Component
class CommunityExport implements AccountDataExport {

  private final CommunityStore store;

  CommunityExport(CommunityStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "community";
  }

  @Override
  @Transactional(readOnly = true)
  public Object export(long accountId) {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("posts", store.postsBy(accountId).stream().map(Post::of).toList());
    export.put("comments", store.commentsBy(accountId).stream().map(Comment::of).toList());
    export.put("postVotes", store.votesBy(VoteTarget.POST, accountId));
    export.put("commentVotes", store.votesBy(VoteTarget.COMMENT, accountId));
    return export;
  }
}
