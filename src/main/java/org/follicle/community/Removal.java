package org.follicle.community;

import java.time.Instant;

/** Why and by whom a post or comment was removed, shown to its author and the moderators. */
record Removal(String reason, String moderator, Instant removedAt) {}
