package org.follicle.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Identifiers taken from a request: malformed ones become a 400 that says why. */
final class RequestedIdentifiers {

  private RequestedIdentifiers() {}

  static Doi doi(String text) {
    try {
      return Doi.parse(text);
    } catch (MalformedIdentifierException e) {
      throw badRequest(e);
    }
  }

  static String pmid(String text) {
    try {
      return Pmid.parse(text);
    } catch (MalformedIdentifierException e) {
      throw badRequest(e);
    }
  }

  static Long cursor(String cursor) {
    try {
      return PageCursor.decode(cursor);
    } catch (IllegalArgumentException e) {
      throw badRequest(e);
    }
  }

  static ResponseStatusException notFound(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
  }

  private static ResponseStatusException badRequest(IllegalArgumentException e) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
  }
}
