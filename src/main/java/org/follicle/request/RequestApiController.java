package org.follicle.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.web.NextPageLink;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Requests for resources as JSON: asking, answering, following and their status. */
@RestController
@Tag(name = "Requests", description = "Requests for a paper's data, code, protocol or full text")
class RequestApiController {

  private final ResourceRequests requests;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  RequestApiController(ResourceRequests requests, CurrentUser currentUser, RateLimits rateLimits) {
    this.requests = requests;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** What a reader asks for: data, code, protocol, full-text or other, and a Markdown message. */
  record Ask(String kind, String message) {}

  /** An answer: Markdown text and web links (either may be empty, not both). */
  record Answer(String text, List<String> links) {}

  /** A status change: answered (with answerId: the asker accepts it), declined (reason) or open. */
  record StatusChange(String status, String reason, Long answerId) {}

  /** A request with its answers, and whether the signed-in account follows it. */
  record RequestThread(
      RequestResource request, List<AnswerResource> answers, long followers, Boolean following) {}

  /** A page of requests, newest first. */
  record RequestList(List<RequestResource> items, String next) {}

  @PostMapping("/api/papers/{id}/requests")
  @Operation(
      summary = "Ask for a paper's data, code, protocol, full text or something else",
      description = "Needs sign-in; rate-limited (policy 'requesting').")
  ResponseEntity<RequestResource> ask(@PathVariable long id, @RequestBody Ask ask) {
    AccountView asker = currentUser.requireAccount(Role.READER);
    rateLimits.consume("requesting");
    RequestResource created =
        RequestResource.of(requests.ask(asker, id, ask.kind(), ask.message()));
    return ResponseEntity.created(URI.create("/api/requests/" + created.id())).body(created);
  }

  @GetMapping("/api/papers/{id}/requests")
  @Operation(summary = "The paper's requests, newest first")
  List<RequestResource> forPaper(@PathVariable long id) {
    return requests.forPaper(id).stream().map(RequestResource::of).toList();
  }

  @GetMapping("/api/requests")
  @Operation(
      summary = "Recent requests, newest first, a page at a time",
      description = "Filter by status; follow 'next' (also in the Link header) for more.")
  ResponseEntity<RequestList> recent(
      @Parameter(description = "open, answered or declined") @RequestParam(required = false)
          String status,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    RequestStatus wanted = status == null || status.isBlank() ? null : RequestStatus.of(status);
    RequestListPage page = RequestListPage.fetch(requests, wanted, cursor, limit);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, page.next());
    return response.body(
        new RequestList(page.requests().stream().map(RequestResource::of).toList(), page.next()));
  }

  @GetMapping("/api/requests/{id}")
  @Operation(summary = "A request with its answers")
  RequestThread thread(@PathVariable long id) {
    RequestResource request = RequestResource.of(requests.request(id));
    Boolean following =
        currentUser
            .current()
            .filter(AccountView::isAccount)
            .map(user -> requests.follows(user.id(), id))
            .orElse(null);
    return new RequestThread(
        request,
        requests.answers(id).stream().map(AnswerResource::of).toList(),
        requests.followers(id),
        following);
  }

  @GetMapping("/api/requests/{id}/answers/{answerId}")
  @Operation(summary = "One answer to a request")
  AnswerResource answer(@PathVariable long id, @PathVariable long answerId) {
    return AnswerResource.of(requests.answer(id, answerId));
  }

  @PostMapping("/api/requests/{id}/answers")
  @Operation(
      summary = "Answer a request with Markdown text and links",
      description =
          "A verified author's answer makes the request answered. Rate-limited (policy"
              + " 'answering').")
  ResponseEntity<AnswerResource> answer(@PathVariable long id, @RequestBody Answer answer) {
    AccountView answerer = currentUser.requireAccount(Role.READER);
    rateLimits.consume("answering");
    return created(requests.answer(answerer, id, answer.text(), answer.links(), null));
  }

  @PostMapping(
      value = "/api/requests/{id}/answers/file",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Answer a request with a file (multipart/form-data, HTTP Basic credentials)",
      description =
          "Parts: file, and optionally text and links. Files above"
              + " follicle.requests.max-file-size get 413. Uploads take HTTP Basic credentials,"
              + " not the session cookie, so another site's form cannot post one.")
  ResponseEntity<AnswerResource> answerWithFile(
      @PathVariable long id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) List<String> links) {
    AccountView answerer = currentUser.requireAccount(Role.READER);
    rateLimits.consume("answering");
    if (file.isEmpty()) {
      throw RequestProblem.field("file", "The file is empty; choose a file with something in it");
    }
    return created(requests.answer(answerer, id, text, links, file));
  }

  @PostMapping("/api/requests/{id}/follow")
  @Operation(summary = "Follow a request: hear of its answers and status changes")
  ResponseEntity<Void> follow(@PathVariable long id) {
    requests.follow(currentUser.requireAccount(Role.READER), id, true);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/requests/{id}/follow")
  @Operation(summary = "Stop following a request")
  ResponseEntity<Void> unfollow(@PathVariable long id) {
    requests.follow(currentUser.requireAccount(Role.READER), id, false);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/requests/{id}/status")
  @Operation(
      summary = "Accept an answer, decline or reopen a request",
      description =
          "{\"status\":\"answered\",\"answerId\":N} by the asker; {\"status\":\"declined\","
              + "\"reason\":\"...\"} or {\"status\":\"open\"} by the asker or a verified author.")
  RequestResource status(@PathVariable long id, @RequestBody StatusChange change) {
    AccountView user = currentUser.requireAccount(Role.READER);
    return RequestResource.of(
        requests.changeStatus(user, id, change.status(), change.reason(), change.answerId()));
  }

  private static ResponseEntity<AnswerResource> created(AnswerRow answer) {
    return ResponseEntity.created(
            URI.create("/api/requests/" + answer.requestId() + "/answers/" + answer.id()))
        .body(AnswerResource.of(answer));
  }
}
