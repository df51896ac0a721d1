package org.follicle.citation;

/** How a reference was resolved to a catalogue paper, the surest first. */
public enum ResolutionMethod {
  DOI,
  PMID,
  PMCID,
  TITLE_YEAR_AUTHOR
}
