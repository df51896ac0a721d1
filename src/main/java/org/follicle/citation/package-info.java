/**
 * Citations: resolves the reference lists the catalogue stores to catalogue papers (by DOI, PMID,
 * PMCID, else by title, year and first author with a confidence), keeps the links and per-paper
 * counts up to date as papers are stored and deleted, and shows them in the API and on the paper
 * page. Depends on the catalogue only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citations")
package org.follicle.citation;
