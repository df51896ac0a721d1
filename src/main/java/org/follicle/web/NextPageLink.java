package org.follicle.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The {@code Link: <…>; rel="next"} header of a cursor-paged API list: the current request with the
 * next page's cursor.
 */
public final class NextPageLink {

  private NextPageLink() {}

  /** Adds the header to the response when there is a next page ({@code next} not null). */
  public static ResponseEntity.BodyBuilder add(ResponseEntity.BodyBuilder response, String next) {
    if (next != null) {
      String link =
          ServletUriComponentsBuilder.fromCurrentRequest()
              .replaceQueryParam("cursor", next)
              .toUriString();
      response.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
    }
    return response;
  }
}
