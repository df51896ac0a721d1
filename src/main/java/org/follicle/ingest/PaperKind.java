package org.follicle.ingest;

import org.follicle.catalog.PaperRecord;

/** The kind of work a paper is, with the entry type each export format names it by. */
enum PaperKind {
  ARTICLE("Journal Article", "article", "JOUR", "article-journal"),
  BOOK("Book", "book", "BOOK", "book"),
  CHAPTER("Book Chapter", "incollection", "CHAP", "chapter"),
  CONFERENCE_PAPER("Conference Paper", "inproceedings", "CPAPER", "paper-conference"),
  THESIS("Thesis", "phdthesis", "THES", "thesis"),
  REPORT("Report", "techreport", "RPRT", "report"),
  OTHER(null, "misc", "GEN", null);

  private final String publicationType;
  private final String bibtex;
  private final String ris;
  private final String csl;

  PaperKind(String publicationType, String bibtex, String ris, String csl) {
    this.publicationType = publicationType;
    this.bibtex = bibtex;
    this.ris = ris;
    this.csl = csl;
  }

  /**
   * The kind the first of the paper's publication types names; otherwise an article when the paper
   * appeared in a journal.
   */
  static PaperKind of(PaperRecord paper) {
    PaperKind named = named(paper);
    if (named != null) {
      return named;
    }
    return paper.journal() == null ? OTHER : ARTICLE;
  }

  /** The kind the first of the paper's publication types names, or null if none names one. */
  static PaperKind named(PaperRecord paper) {
    for (String type : paper.publicationTypes()) {
      for (PaperKind kind : values()) {
        if (type.equalsIgnoreCase(kind.publicationType)) {
          return kind;
        }
      }
    }
    return null;
  }

  String bibtex() {
    return bibtex;
  }

  String ris() {
    return ris;
  }

  /** The CSL item type; null for {@link #OTHER}, which has no single CSL counterpart. */
  String csl() {
    return csl;
  }

  /** Whether the paper's container is a book or proceedings rather than a journal. */
  boolean inBook() {
    return this == CHAPTER || this == CONFERENCE_PAPER;
  }
}
