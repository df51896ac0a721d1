/**
 * Ratings and reviews of papers: a primary rating and optional ratings of novelty, significance and
 * scientific rigor, a written review in Markdown with a declared conflict of interest, one per
 * reader per paper; per-paper totals kept up to date on every write, the paper page's headline
 * rating and its "Reviews" block, and the JSON API under {@code /api/papers/{id}/reviews}. Depends
 * on the catalogue (which papers exist, the paper page's sections), accounts (who is signed in,
 * rate limits, exports and deletions) and the web conventions (safe Markdown).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.follicle.review;
