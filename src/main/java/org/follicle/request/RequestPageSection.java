package org.follicle.request;

import java.util.List;
import java.util.Optional;
import org.follicle.account.CurrentUser;
import org.follicle.catalog.PaperPageSection;
import org.springframework.stereotype.Component;

/** "Ask for more resources" on the paper page: the paper's requests and, signed in, the form. */
@Component
class RequestPageSection implements PaperPageSection {

  private final RequestStore store;
  private final CurrentUser currentUser;

  RequestPageSection(RequestStore store, CurrentUser currentUser) {
    this.store = store;
    this.currentUser = currentUser;
  }

  /** What the block shows: the requests, newest first, and whether the visitor may ask. */
  record PaperRequests(
      long paperId, List<RequestRow> requests, boolean mayAsk, List<RequestKind> kinds) {}

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "request/paper-requests";
  }

  @Override
  public Optional<PaperRequests> content(long paperId) {
    boolean mayAsk = currentUser.current().filter(user -> user.isAccount()).isPresent();
    return Optional.of(
        new PaperRequests(paperId, store.forPaper(paperId), mayAsk, List.of(RequestKind.values())));
  }
}
