package org.follicle.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The operator's secret, which signs in as user {@code admin} with the admin role (no account
 * needed: it opens a fresh install, and scripts use it as HTTP Basic password): {@code
 * follicle.admin.token} when set, else one generated once and kept in {@code
 * <data-dir>/admin-token} (readable by its owner only). It is never written to the log.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminToken {

  private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

  private final String value;

  AdminToken(
      @Value("${follicle.admin.token:}") String configured,
      @Value("${follicle.data-dir}") Path dataDir) {
    this.value = configured.isBlank() ? stored(dataDir.resolve("admin-token")) : configured;
  }

  String value() {
    return value;
  }

  private static String stored(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.createDirectories(file.getParent());
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
      restrict(file);
      log.info(
          "Generated the admin token in {} (sign in as user admin at /signin)",
          file.toAbsolutePath());
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the admin token in " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      log.warn("Cannot restrict permissions of {} on this file system", file);
    }
  }
}
