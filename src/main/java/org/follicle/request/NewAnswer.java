package org.follicle.request;

import java.util.List;

/** An answer about to be stored, checked already. */
record NewAnswer(
    long requestId,
    long answererId,
    String answererName,
    boolean byAuthor,
    String body,
    List<String> links,
    StoredFile file) {}
