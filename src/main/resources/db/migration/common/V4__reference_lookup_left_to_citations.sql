-- A reference list is read with its paper. Finding references by DOI or PMID is the citation
-- module's work, on links it keeps itself; these two indexes cost every import a third of its
-- index writes and no query uses them.
drop index paper_reference_doi_idx;
drop index paper_reference_pmid_idx;
