package org.follicle.community;

/** A moderator removed or restored a post: its search entry must follow. */
record PostModerated(long postId) {}
