package org.follicle.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The request pages: asking from the paper page, a request with its answers and forms, the list of
 * recent requests, and answer files as downloads. Every form works without JavaScript.
 */
@Controller
class RequestPageController {

  private static final int PAGE = 30;

  private final ResourceRequests requests;
  private final RequestFiles files;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  RequestPageController(
      ResourceRequests requests,
      RequestFiles files,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.requests = requests;
    this.files = files;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** What the request page shows; the flags say which forms the visitor gets. */
  record RequestPage(
      RequestRow request,
      String paperTitle,
      List<AnswerRow> answers,
      long followers,
      boolean signedIn,
      boolean following,
      boolean asker,
      boolean decides,
      String maxFileSize) {}

  @PostMapping("/papers/{id}/requests")
  String ask(
      @PathVariable long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String message) {
    AccountView asker = currentUser.requireAccount(Role.READER);
    rateLimits.consume("requesting");
    return "redirect:/requests/" + requests.ask(asker, id, kind, message).id();
  }

  @GetMapping("/requests/{id}")
  String request(@PathVariable long id, Model model) {
    RequestRow request = requests.request(id);
    AccountView user = currentUser.current().filter(AccountView::isAccount).orElse(null);
    model.addAttribute(
        "page",
        new RequestPage(
            request,
            requests.paperTitle(request.paperId()),
            requests.answers(id),
            requests.followers(id),
            user != null,
            user != null && requests.follows(user.id(), id),
            user != null && request.askedBy(user.id()),
            user != null && requests.decides(user.id(), request),
            RequestFiles.readable(files.maxSize().toBytes())));
    return "request/request";
  }

  @GetMapping("/requests")
  String recent(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String cursor,
      Model model) {
    RequestStatus wanted = status == null || status.isBlank() ? null : RequestStatus.of(status);
    model.addAttribute("page", RequestListPage.fetch(requests, wanted, cursor, PAGE));
    model.addAttribute("status", wanted == null ? "" : wanted.code());
    model.addAttribute("statuses", Arrays.stream(RequestStatus.values()).toList());
    return "request/requests";
  }

  @PostMapping("/requests/{id}/answers")
  String answer(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String links,
      @RequestParam(required = false) MultipartFile file) {
    AccountView answerer = currentUser.requireAccount(Role.READER);
    rateLimits.consume("answering");
    List<String> given = links == null ? List.of() : Arrays.asList(links.split("\\R"));
    AnswerRow answer = requests.answer(answerer, id, text, given, file);
    return "redirect:/requests/" + id + "#answer-" + answer.id();
  }

  @PostMapping("/requests/{id}/follow")
  String follow(@PathVariable long id) {
    requests.follow(currentUser.requireAccount(Role.READER), id, true);
    return "redirect:/requests/" + id;
  }

  @PostMapping("/requests/{id}/unfollow")
  String unfollow(@PathVariable long id) {
    requests.follow(currentUser.requireAccount(Role.READER), id, false);
    return "redirect:/requests/" + id;
  }

  @PostMapping("/requests/{id}/status")
  String status(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long answerId) {
    requests.changeStatus(currentUser.requireAccount(Role.READER), id, status, reason, answerId);
    return "redirect:/requests/" + id;
  }

  /**
   * An answer's file, always as a download of opaque bytes: whatever it holds, a browser neither
   * renders nor sniffs it, and the sandbox policy keeps it from running should it be opened.
   */
  @GetMapping("/requests/{id}/answers/{answerId}/file")
  ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long answerId)
      throws IOException {
    AnswerRow answer = requests.answer(id, answerId);
    if (!answer.hasFile()) {
      throw RequestProblem.notFound("Answer " + answerId + " has no file");
    }
    Path path = files.path(answer.fileKey());
    if (!Files.isRegularFile(path)) {
      throw RequestProblem.notFound("The file of answer " + answerId + " is no longer stored");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .contentLength(Files.size(path))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(answer.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .body(new FileSystemResource(path));
  }
}
