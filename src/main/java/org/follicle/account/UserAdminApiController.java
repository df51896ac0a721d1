package org.follicle.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Users and their roles for admins, as JSON. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "User administration", description = "Users and roles (admin)")
class UserAdminApiController {

  private static final String CURSOR_PREFIX = "after:";

  private final Accounts accounts;
  private final CurrentUser currentUser;

  UserAdminApiController(Accounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  /** A page of users; {@code next} is the cursor of the following page, null on the last. */
  record UserPage(List<AccountDetails> items, String next) {}

  /** The roles an account should have from now on (reader is always kept). */
  record Roles(List<String> roles) {}

  @GetMapping
  @Operation(summary = "Every user, oldest first, cursor-paged")
  UserPage users(
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
    currentUser.require(Role.ADMIN);
    if (limit < 1 || limit > 200) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "'limit' must be between 1 and 200, not " + limit);
    }
    List<AccountDetails> users = accounts.page(after(cursor), limit + 1);
    String next = users.size() > limit ? cursor(users.get(limit - 1).id()) : null;
    return new UserPage(users.stream().limit(limit).toList(), next);
  }

  @PutMapping(value = "/{username}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Set a user's roles; the user signs in again to use them")
  AccountDetails setRoles(@PathVariable String username, @RequestBody Roles roles) {
    AccountView admin = currentUser.require(Role.ADMIN);
    if (roles.roles() == null) {
      throw new AccountRejected("roles", "Give 'roles', a list such as [\"moderator\"]");
    }
    EnumSet<Role> wanted = EnumSet.noneOf(Role.class);
    roles.roles().forEach(role -> wanted.add(Role.parse(role)));
    try {
      return accounts.setRoles(username, wanted, admin);
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  private static String cursor(long after) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + after).getBytes(StandardCharsets.UTF_8));
  }

  private static long after(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(CURSOR_PREFIX)) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(CURSOR_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
              .formatted(cursor));
    }
  }
}
