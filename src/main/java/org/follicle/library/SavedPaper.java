package org.follicle.library;

import java.time.Instant;

/** A paper in a reader's saved list; {@code id} orders the list (newest saved first). */
record SavedPaper(long id, long accountId, long paperId, Instant savedAt) {}
