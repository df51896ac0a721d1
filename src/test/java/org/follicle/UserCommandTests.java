package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/** {@code user create --admin} makes the first admin, who then signs in and reaches admin pages. */
@SpringBootTest
@AutoConfigureMockMvc
class UserCommandTests {

  private static final String PASSWORD = "first admin passphrase";

  @Autowired MockMvc mvc;
  @TempDir Path dataDir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void createsTheFirstAdminWhoSignsInAndReachesTheAdminPages() throws Exception {
    String name = "chief-" + Long.toString(System.nanoTime(), 36);
    assertThat(
            run(
                "user",
                "create",
                name,
                "--email",
                name + "@example.org",
                "--password=" + PASSWORD,
                "--admin"))
        .isZero();
    assertThat(out.toString())
        .matches("created user " + name + " \\(id \\d+\\) with roles \\[admin, reader]\\s*");

    Cookie session =
        mvc.perform(
                post("/api/auth/signin")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(name, PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
    mvc.perform(get("/admin/imports").cookie(session)).andExpect(status().isOk());
  }

  @Test
  void refusesATakenOrReservedNameAndAShortPasswordNamingTheField() {
    String name = "twice-" + Long.toString(System.nanoTime(), 36);
    assertThat(
            run("user", "create", name, "--email", name + "@example.org", "--password=" + PASSWORD))
        .isZero();

    assertThat(
            run(
                "user",
                "create",
                name,
                "--email",
                "x" + name + "@example.org",
                "--password=" + PASSWORD))
        .isEqualTo(1);
    assertThat(err.toString()).contains("username: The username '" + name + "' is taken");
    assertThat(run("user", "create", "admin", "--email", "a@example.org", "--password=" + PASSWORD))
        .isEqualTo(1);
    assertThat(err.toString()).contains("username: The username 'admin' is reserved");
    assertThat(
            run(
                "user",
                "create",
                "short-" + name,
                "--email",
                "s" + name + "@example.org",
                "--password=short"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("password: A password has at least 10 characters");
  }

  private int run(String... args) {
    CommandLine command = FollicleCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    String[] withDataDir = new String[args.length + 2];
    System.arraycopy(args, 0, withDataDir, 0, args.length);
    withDataDir[args.length] = "--data-dir";
    withDataDir[args.length + 1] = dataDir.toString();
    return command.execute(withDataDir);
  }
}
