package org.follicle.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.follicle.account.AccountView;
import org.follicle.authorship.VerifiedAuthors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperDetails;
import org.follicle.notification.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Asking for resources, answering, following, and the status of a request: who may do what, and who
 * is told.
 */
@Service
class ResourceRequests {

  static final int MAX_MESSAGE = 5000;
  static final int MAX_ANSWER = 10000;
  static final int MAX_REASON = 1000;
  static final int MAX_LINKS = 10;
  static final int MAX_LINK = 390;

  private final RequestStore store;
  private final RequestFiles files;
  private final Catalog catalog;
  private final Notifications notifications;
  private final VerifiedAuthors authors;
  private final Clock clock;

  ResourceRequests(
      RequestStore store,
      RequestFiles files,
      Catalog catalog,
      Notifications notifications,
      VerifiedAuthors authors,
      Clock clock) {
    this.store = store;
    this.files = files;
    this.catalog = catalog;
    this.notifications = notifications;
    this.authors = authors;
    this.clock = clock;
  }

  /** Stores a new open request on the paper; 404 for an unknown paper, 400 naming a bad field. */
  @Transactional
  RequestRow ask(AccountView asker, long paperId, String kind, String message) {
    paper(paperId);
    RequestKind wanted = RequestKind.of(kind);
    String text = text("message", message, MAX_MESSAGE);
    if (text.isEmpty()) {
      throw RequestProblem.field("message", "Say what you ask for and why in the message");
    }
    long id =
        store.insertRequest(paperId, asker.id(), asker.username(), wanted, text, clock.instant());
    return store.request(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  RequestRow request(long id) {
    return store.request(id).orElseThrow(() -> RequestProblem.notFound("No request has id " + id));
  }

  @Transactional(readOnly = true)
  List<RequestRow> forPaper(long paperId) {
    paper(paperId);
    return store.forPaper(paperId);
  }

  @Transactional(readOnly = true)
  List<RequestRow> recent(RequestStatus status, long beforeId, int limit) {
    return store.recent(status, beforeId, limit);
  }

  @Transactional(readOnly = true)
  List<AnswerRow> answers(long requestId) {
    request(requestId);
    return store.answers(requestId);
  }

  @Transactional(readOnly = true)
  AnswerRow answer(long requestId, long answerId) {
    return store
        .answer(requestId, answerId)
        .orElseThrow(
            () ->
                RequestProblem.notFound(
                    "Request " + requestId + " has no answer with id " + answerId));
  }

  /**
   * Stores an answer with text, links and an optional file; a verified author's answer makes the
   * request answered. The asker, followers and earlier answerers are told.
   */
  @Transactional
  AnswerRow answer(
      AccountView answerer, long requestId, String body, List<String> links, MultipartFile file) {
    RequestRow request = request(requestId);
    String text = text("text", body, MAX_ANSWER);
    List<String> checkedLinks = links(links);
    boolean withFile = file != null && !file.isEmpty();
    if (text.isEmpty() && checkedLinks.isEmpty() && !withFile) {
      throw RequestProblem.field("text", "An answer needs some text, a link or a file");
    }
    StoredFile stored = withFile ? storeUntilRollback(file) : null;
    boolean byAuthor = isAuthor(answerer.id(), request.paperId());
    long id =
        store.insertAnswer(
            new NewAnswer(
                requestId,
                answerer.id(),
                answerer.username(),
                byAuthor,
                text,
                checkedLinks,
                stored),
            clock.instant());
    if (byAuthor && request.status() != RequestStatus.ANSWERED) {
      store.setStatus(requestId, RequestStatus.ANSWERED, null, clock.instant());
    }
    tell(
        request,
        answerer.id(),
        "request-answered",
        (byAuthor ? "An author answered" : answerer.username() + " answered")
            + " the request for "
            + about(request));
    return answer(requestId, id);
  }

  /**
   * Sets the status: {@code answered} accepts an answer (the asker only), {@code declined} needs a
   * reason and {@code open} reopens (the asker or a verified author).
   */
  @Transactional
  RequestRow changeStatus(
      AccountView user, long requestId, String status, String reason, Long answerId) {
    RequestRow request = request(requestId);
    RequestStatus wanted = RequestStatus.of(status);
    switch (wanted) {
      case ANSWERED -> accept(user, request, answerId);
      case DECLINED -> decline(user, request, reason);
      case OPEN -> {
        mayDecide(user, request, "reopen it");
        store.setStatus(requestId, RequestStatus.OPEN, null, clock.instant());
      }
    }
    tell(
        request,
        user.id(),
        "request-status",
        "The request for " + about(request) + " is now " + wanted.code());
    return request(requestId);
  }

  @Transactional
  void follow(AccountView user, long requestId, boolean follow) {
    request(requestId);
    if (follow) {
      store.follow(requestId, user.id());
    } else {
      store.unfollow(requestId, user.id());
    }
  }

  @Transactional(readOnly = true)
  boolean follows(long accountId, long requestId) {
    return store.follows(requestId, accountId);
  }

  @Transactional(readOnly = true)
  long followers(long requestId) {
    return store.followerCount(requestId);
  }

  /** Whether the account may decline or reopen the request: its asker or a verified author. */
  boolean decides(long accountId, RequestRow request) {
    return request.askedBy(accountId) || isAuthor(accountId, request.paperId());
  }

  String paperTitle(long paperId) {
    return paper(paperId).record().title();
  }

  private void accept(AccountView user, RequestRow request, Long answerId) {
    if (!request.askedBy(user.id())) {
      throw RequestProblem.forbidden("Only the person who asked can accept an answer");
    }
    if (answerId == null) {
      throw RequestProblem.field("answerId", "Say which answer you accept (answerId)");
    }
    AnswerRow answer =
        store
            .answer(request.id(), answerId)
            .orElseThrow(
                () ->
                    RequestProblem.field(
                        "answerId",
                        "Request " + request.id() + " has no answer with id " + answerId));
    if (answer.answeredBy(user.id())) {
      throw RequestProblem.field("answerId", "You cannot accept your own answer");
    }
    store.accept(answer.id());
    store.setStatus(request.id(), RequestStatus.ANSWERED, null, clock.instant());
  }

  private void decline(AccountView user, RequestRow request, String reason) {
    mayDecide(user, request, "decline it");
    String text = text("reason", reason, MAX_REASON);
    if (text.isEmpty()) {
      throw RequestProblem.field("reason", "Say why the request is declined (reason)");
    }
    store.setStatus(request.id(), RequestStatus.DECLINED, text, clock.instant());
  }

  private void mayDecide(AccountView user, RequestRow request, String what) {
    if (!decides(user.id(), request)) {
      throw RequestProblem.forbidden(
          "Only the person who asked or a verified author of the paper can " + what);
    }
  }

  private boolean isAuthor(long accountId, long paperId) {
    return authors.isVerifiedAuthor(accountId, paperId);
  }

  private void tell(RequestRow request, long actorId, String kind, String title) {
    String link = "/requests/" + request.id();
    for (long accountId : store.audience(request.id())) {
      if (accountId != actorId) {
        notifications.notify(accountId, kind, title, link);
      }
    }
  }

  private String about(RequestRow request) {
    String title = paperTitle(request.paperId());
    String shortTitle = title.length() > 120 ? title.substring(0, 119) + "…" : title;
    return request.kind().label().toLowerCase(Locale.ROOT) + " on “" + shortTitle + "”";
  }

  private PaperDetails paper(long paperId) {
    return catalog
        .paper(paperId)
        .orElseThrow(() -> RequestProblem.notFound("No paper has id " + paperId));
  }

  /** A file kept only if the answer is: a rolled-back answer leaves no file behind. */
  private StoredFile storeUntilRollback(MultipartFile file) {
    StoredFile stored = files.store(file);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              files.delete(stored.key());
            }
          }
        });
    return stored;
  }

  private static String text(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      throw RequestProblem.field(
          field,
          "%s is %d characters long; at most %d are allowed".formatted(field, text.length(), max));
    }
    return text;
  }

  private static List<String> links(List<String> given) {
    List<String> links = new ArrayList<>();
    for (String link : given == null ? List.<String>of() : given) {
      String trimmed = link == null ? "" : link.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!trimmed.matches("(?i)https?://[^\\s<>\"]+") || trimmed.length() > MAX_LINK) {
        throw RequestProblem.field(
            "links",
            "'%s' is not a web address: links start with http:// or https://, have no spaces and"
                    .formatted(trimmed)
                + " at most "
                + MAX_LINK
                + " characters");
      }
      links.add(trimmed);
    }
    if (links.size() > MAX_LINKS) {
      throw RequestProblem.field("links", "At most " + MAX_LINKS + " links per answer");
    }
    return links;
  }
}
