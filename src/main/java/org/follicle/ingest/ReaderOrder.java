package org.follicle.ingest;

/**
 * The order readers are asked whether they recognise a file: specific formats first, CSL-JSON
 * (which accepts any JSON that is not a Crossref response) last.
 */
final class ReaderOrder {

  static final int CROSSREF_JSON = 10;
  static final int PUBMED_XML = 20;
  static final int JATS_XML = 30;
  static final int MEDLINE_TEXT = 40;
  static final int RIS = 50;
  static final int BIBTEX = 60;
  static final int CSL_JSON = 100;

  private ReaderOrder() {}
}
