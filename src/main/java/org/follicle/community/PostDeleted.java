package org.follicle.community;

/** A post was deleted, with its comments. */
public record PostDeleted(long postId) {}
