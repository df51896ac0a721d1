package org.follicle.community;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.follicle.account.AccountDataExport;
import org.follicle.community.ModerationResources.BanResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account's flags on community posts and comments, and its ban in force, in its export. */
@Component
class ModerationExport implements AccountDataExport {

  private final ModerationStore store;
  private final Clock clock;

  ModerationExport(ModerationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "communityModeration";
  }

  @Override
  @Transactional(readOnly = true)
  public Object export(long accountId) {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("postFlags", store.flagsBy(ModerationTarget.POST, accountId));
    export.put("commentFlags", store.flagsBy(ModerationTarget.COMMENT, accountId));
    export.put(
        "ban", store.activeBan(accountId, clock.instant()).map(BanResource::of).orElse(null));
    return export;
  }
}
