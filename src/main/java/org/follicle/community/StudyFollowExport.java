package org.follicle.community;

import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The studies whose discussion the account follows, in its export. */
@Component
class StudyFollowExport implements AccountDataExport {

  private final StudyFollows follows;

  StudyFollowExport(StudyFollows follows) {
    this.follows = follows;
  }

  @Override
  public String name() {
    return "followedStudies";
  }

  @Override
  public Object export(long accountId) {
    return follows.followedBy(accountId);
  }
}
