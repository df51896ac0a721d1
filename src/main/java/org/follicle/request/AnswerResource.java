package org.follicle.request;

import java.time.Instant;
import java.util.List;

/**
 * An answer as the API shows it.
 *
 * @param answerer the answerer's username, or "a deleted account"
 * @param author whether a verified author of the paper gave it (shown as "Author")
 * @param text the Markdown the answerer wrote
 * @param textHtml the text rendered to safe HTML
 * @param file the attached file, null without one
 * @param accepted whether the asker accepted it
 */
record AnswerResource(
    long id,
    long requestId,
    String answerer,
    boolean author,
    String text,
    String textHtml,
    List<String> links,
    AttachedFile file,
    boolean accepted,
    Instant createdAt) {

  /** A file given as an answer: download it from {@code url}. */
  record AttachedFile(String name, long size, String url) {}

  static AnswerResource of(AnswerRow row) {
    return new AnswerResource(
        row.id(),
        row.requestId(),
        row.answerer(),
        row.byAuthor(),
        row.body(),
        row.bodyHtml(),
        row.links(),
        row.hasFile() ? new AttachedFile(row.fileName(), row.fileSize(), fileUrl(row)) : null,
        row.accepted(),
        row.createdAt());
  }

  static String fileUrl(AnswerRow row) {
    return "/requests/" + row.requestId() + "/answers/" + row.id() + "/file";
  }
}
