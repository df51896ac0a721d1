package org.follicle.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in account's personal API tokens as JSON: create, list, read and revoke them. */
@RestController
@RequestMapping("/api/account/tokens")
@Tag(name = "Accounts", description = "Sign-up, sign-in and the signed-in account")
class ApiTokenApiController {

  private final ApiTokens tokens;
  private final ApiTokenOwner owner;

  ApiTokenApiController(ApiTokens tokens, ApiTokenOwner owner) {
    this.tokens = tokens;
    this.owner = owner;
  }

  /** A new token: its name, and after how many days (1 to 365, default 365) it expires. */
  record NewToken(String name, Integer expiresInDays) {}

  /**
   * The account's tokens; at most {@value ApiTokens#MAX_PER_ACCOUNT}, so one page holds them all.
   */
  record TokenList(List<ApiTokenListing> items) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Create a personal API token; its secret is in this answer only",
      description =
          "Send the secret as 'Authorization: Bearer <secret>' on /api/** requests. It expires"
              + " after expiresInDays (1 to 365, default 365). An account keeps at most 20 tokens"
              + " (409 beyond). A token cannot create tokens: sign in with the password.")
  ResponseEntity<IssuedApiToken> create(@RequestBody NewToken request) {
    IssuedApiToken issued =
        tokens.create(owner.creatingTokens(), request.name(), request.expiresInDays());
    return ResponseEntity.created(URI.create("/api/account/tokens/" + issued.token().id()))
        .cacheControl(CacheControl.noStore())
        .body(issued);
  }

  @GetMapping
  @Operation(summary = "The account's tokens: name, prefix, created, last used, expires")
  ResponseEntity<TokenList> list() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(new TokenList(tokens.list(owner.accountId())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of the account's tokens, without its secret")
  ResponseEntity<ApiTokenListing> token(@PathVariable long id) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            tokens.list(owner.accountId()).stream()
                .filter(token -> token.id() == id)
                .findFirst()
                .orElseThrow(
                    () ->
                        new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "You have no API token with id " + id)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke a token: requests with it are refused from now on")
  ResponseEntity<Void> revoke(@PathVariable long id) {
    tokens.revoke(owner.accountId(), id);
    return ResponseEntity.noContent().build();
  }
}
