package org.follicle.authorship;

/** Linking an ORCID iD did not work; the message tells the user what happened, in words. */
class OrcidLinkFailed extends RuntimeException {

  OrcidLinkFailed(String message) {
    super(message);
  }

  OrcidLinkFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
