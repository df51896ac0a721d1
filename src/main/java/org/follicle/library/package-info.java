/**
 * Saved papers: a signed-in reader's own list of studies, saved and unsaved with a button on the
 * paper page or through {@code /api/papers/{id}/saved}, listed at {@code /account/saved} and {@code
 * /api/me/saved}, part of the account's export and forgotten with the account; saved papers seed
 * the reader's recommendations. Depends on the catalogue (papers, the paper page), accounts (who is
 * signed in, rate limits, export, deletion), recommend (it tells what a reader saved) and the web
 * conventions (page cursors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Saved papers")
package org.follicle.library;
