package org.follicle.community;

/** A comment was written on a post; {@code repliedTo} is the account already told of it, if any. */
public record CommentWritten(long postId, long commentId, long authorId, Long repliedTo) {}
