/**
 * The community: channels of posts ({@code /community}, {@code /community/{slug}} sorted hot, new
 * or top, with an Atom feed), posts in Markdown that link studies, threaded comments, up and down
 * votes, each study's discussion and related posts on its paper page (linking it, then close in
 * meaning), readers following a study's discussion, full-text search over posts, and the demo's
 * posts. Its moderation: readers' flags, the queue at {@code /moderation/community}, removals with
 * a reason shown to the author, bans, the edit history of posts and the moderators' log (JSON under
 * {@code /api/moderation/community}). JSON under {@code /api/community}. Depends on the account
 * module (who is signed in, rate limits, export, deletion), the catalogue (papers and the paper
 * page), the notification module (replies, followed studies), the web module (Markdown), the search
 * module (embeddings, analyzers) and the ingest module (when the demo loads).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.follicle.community;
