package org.follicle.catalog;

/** Thrown when a DOI, PMID or PMCID does not have the syntax of its scheme; says why. */
public class MalformedIdentifierException extends IllegalArgumentException {

  public MalformedIdentifierException(String reason) {
    super(reason);
  }
}
