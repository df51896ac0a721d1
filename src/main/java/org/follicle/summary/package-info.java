/**
 * Summaries: a one-sentence TLDR per paper with an abstract, chosen and shortened from the
 * abstract's own sentences by a small learned model, and a plain-language summary of 3 to 4 short
 * sentences in the project's glossary of plain words ({@code summary/plain-words.tsv}), both
 * generated when papers are stored, versioned, and editable by admins on the paper page and through
 * the API; and the Flesch-Kincaid readability measure of the summaries. Depends on the catalogue
 * only (papers' texts, the stored-papers event, the paper page's sections).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Summary")
package org.follicle.summary;
