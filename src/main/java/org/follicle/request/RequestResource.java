package org.follicle.request;

import java.time.Instant;

/**
 * A request as the API shows it.
 *
 * @param kind data, code, protocol, full-text or other
 * @param message the Markdown the asker wrote
 * @param messageHtml the message rendered to safe HTML
 * @param asker the asker's username, or "a deleted account"
 * @param status open, answered or declined
 * @param statusReason why it was declined
 */
record RequestResource(
    long id,
    long paperId,
    String kind,
    String message,
    String messageHtml,
    String asker,
    String status,
    String statusReason,
    Instant createdAt,
    Instant statusChangedAt,
    int answers) {

  static RequestResource of(RequestRow row) {
    return new RequestResource(
        row.id(),
        row.paperId(),
        row.kind().code(),
        row.message(),
        row.messageHtml(),
        row.asker(),
        row.status().code(),
        row.statusReason(),
        row.createdAt(),
        row.statusChangedAt(),
        row.answers());
  }
}
