package org.follicle.community;

import java.util.List;

/**
 * A post was created or edited: its id, who wrote it, the studies it links now, and whether it is
 * new.
 */
public record PostWritten(long postId, long authorId, List<Long> studies, boolean created) {}
