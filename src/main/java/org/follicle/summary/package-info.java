/**
 * Summaries: a one-sentence TLDR per paper with an abstract, chosen and shortened from the
 * abstract's own sentences by a small learned model, generated when papers are stored, versioned,
 * and editable by admins on the paper page and through the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Summary")
package org.follicle.summary;
