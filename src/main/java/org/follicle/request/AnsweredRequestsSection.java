package org.follicle.request;

import java.util.Optional;
import org.follicle.authorship.AuthorProfileSection;
import org.springframework.stereotype.Component;

/** An author's profile says how many requests for resources they answered, and how fast. */
@Component
class AnsweredRequestsSection implements AuthorProfileSection {

  private final RequestStatistics statistics;

  AnsweredRequestsSection(RequestStatistics statistics) {
    this.statistics = statistics;
  }

  @Override
  public String template() {
    return "request/profile-answers";
  }

  @Override
  public Optional<?> content(long accountId) {
    return Optional.of(statistics.forAccount(accountId));
  }
}
