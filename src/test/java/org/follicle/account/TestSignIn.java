package org.follicle.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Confirmed accounts signed in through the API for MockMvc tests, each with its own session. */
public final class TestSignIn {

  /** The password of every account made here. */
  public static final String PASSWORD = "correct horse battery";

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private TestSignIn() {}

  /** A user name no other test in this JVM takes. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + SERIAL.incrementAndGet();
  }

  /** A confirmed account of that name with the roles given; returns its id. */
  public static long account(Accounts accounts, String name, Role... roles) {
    return accounts.createConfirmed(name, name + "@example.org", PASSWORD, Set.of(roles)).id();
  }

  /** The session cookie of the account of that name, signed in through the API. */
  public static Cookie session(MockMvc mvc, String name) throws Exception {
    return mvc.perform(
            post("/api/auth/signin")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(name, PASSWORD)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }
}
