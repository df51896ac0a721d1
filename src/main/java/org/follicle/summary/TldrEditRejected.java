package org.follicle.summary;

/**
 * An edited TLDR or plain-language summary that cannot be stored; the message says why, for the
 * person who wrote it.
 */
public class TldrEditRejected extends RuntimeException {

  TldrEditRejected(String reason) {
    super(reason);
  }
}
