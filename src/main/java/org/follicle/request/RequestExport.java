package org.follicle.request;

import java.util.LinkedHashMap;
import java.util.Map;
import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account's requests, answers and follows in its export. */
@Component
class RequestExport implements AccountDataExport {

  private final RequestStore store;

  RequestExport(RequestStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "requests";
  }

  @Override
  @Transactional(readOnly = true)
  public Object export(long accountId) {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("asked", store.askedBy(accountId).stream().map(RequestResource::of).toList());
    export.put("answers", store.answeredBy(accountId).stream().map(AnswerResource::of).toList());
    export.put("following", store.followedBy(accountId));
    return export;
  }
}
