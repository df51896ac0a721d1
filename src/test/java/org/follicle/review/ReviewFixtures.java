package org.follicle.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.TestRecords;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Papers, readers and signed-in sessions of the review tests, each with a name of its own. */
final class ReviewFixtures {

  static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final AtomicInteger ADDRESSES =
      new AtomicInteger(new java.util.Random().nextInt(1 << 20));

  private final MockMvc mvc;
  private final JsonMapper json;
  private final Accounts accounts;
  private final Catalog catalog;

  ReviewFixtures(MockMvc mvc, JsonMapper json, Accounts accounts, Catalog catalog) {
    this.mvc = mvc;
    this.json = json;
    this.accounts = accounts;
    this.catalog = catalog;
  }

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + SERIAL.incrementAndGet();
  }

  /** A new paper of the catalogue, with a DOI no other test uses. */
  long paper() {
    PaperRecord record =
        TestRecords.withDoi("A study to review", "10.5555/" + unique("review").toLowerCase());
    catalog.upsert(record);
    return catalog.idByDoi(record.doi()).orElseThrow();
  }

  /** A confirmed reader's username. */
  String reader(String prefix) {
    String name = unique(prefix);
    accounts.createConfirmed(name, name + "@example.org", PASSWORD, Set.of());
    return name;
  }

  /** The session cookie of the reader, signed in through the API. */
  Cookie signIn(String name) throws Exception {
    return mvc.perform(
            json(post("/api/auth/signin"), Map.of("username", name, "password", PASSWORD)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  /** A new reader, signed in. */
  Cookie signedInReader(String prefix) throws Exception {
    return signIn(reader(prefix));
  }

  MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
  }

  /** Requests from a client address no other request used, so no rate limit is shared. */
  static RequestPostProcessor freshAddress() {
    int n = ADDRESSES.incrementAndGet();
    String address = "10.%d.%d.%d".formatted(77 + (n >> 16 & 0x7f), n >> 8 & 0xff, n & 0xff);
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
