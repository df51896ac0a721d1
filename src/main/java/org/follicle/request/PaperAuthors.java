package org.follicle.request;

/** Implemented by the module that verifies authors: whether an account wrote a paper. */
public interface PaperAuthors {

  /** Whether the account is a verified author of the paper. */
  boolean isVerifiedAuthor(long accountId, long paperId);
}
