package org.follicle.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account as JSON: read it, edit its profile, export its data, delete it. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "Accounts", description = "Sign-up, sign-in and the signed-in account")
class AccountApiController {

  private final Accounts accounts;
  private final CurrentUser currentUser;

  AccountApiController(Accounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  /** A profile edit; blank fields are cleared. */
  record ProfileEdit(String displayName, String bio) {}

  /** The password, given again to delete the account. */
  record Deletion(String password) {}

  @GetMapping
  @Operation(summary = "The signed-in account: names, address, profile and roles")
  ResponseEntity<AccountDetails> account() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(accounts.details(currentUser.requireAccount(Role.READER).id()));
  }

  @PutMapping(value = "/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace the display name and bio")
  AccountDetails editProfile(@RequestBody ProfileEdit edit) {
    return accounts.editProfile(
        currentUser.requireAccount(Role.READER).id(), edit.displayName(), edit.bio());
  }

  @GetMapping("/export")
  @Operation(summary = "Everything Follicle keeps for the account, as JSON")
  ResponseEntity<Map<String, Object>> export() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(accounts.export(currentUser.requireAccount(Role.READER).id()));
  }

  @DeleteMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Delete the account (its password again in the body); answers its export",
      description = "The session ends; the export is the last copy of the account's data.")
  ResponseEntity<Map<String, Object>> delete(
      @RequestBody Deletion deletion, HttpServletRequest request) {
    Map<String, Object> export =
        accounts.delete(currentUser.requireAccount(Role.READER).id(), deletion.password());
    SecurityContextHolder.clearContext();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(export);
  }
}
