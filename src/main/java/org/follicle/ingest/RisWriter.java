package org.follicle.ingest;

import java.io.IOException;
import java.io.Writer;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.Author;

/** Writes papers as RIS records: one "TAG - value" line per value, CRLF as the RIS spec asks. */
final class RisWriter implements PaperWriter {

  private static final String LINE_END = "\r\n";

  private final Writer out;
  private boolean first = true;

  RisWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(PaperRecord paper) throws IOException {
    if (!first) {
      out.write(LINE_END);
    }
    first = false;
    PaperKind kind = PaperKind.of(paper);
    line("TY", kind.ris());
    line("TI", paper.title());
    for (Author author : paper.authors()) {
      line("AU", name(author));
    }
    dateLines(paper);
    journalLines(paper.journal(), kind);
    line("VL", paper.volume());
    line("IS", paper.issue());
    pageLines(paper.pages());
    line("DO", paper.doi() == null ? null : paper.doi().value());
    if (paper.pmid() != null) {
      // As Zotero writes it: the accession number is a PMID because the database is PubMed.
      line("AN", paper.pmid());
      line("DB", "PubMed");
    }
    contentLines(paper);
    out.write("ER  - " + LINE_END);
  }

  private void contentLines(PaperRecord paper) throws IOException {
    for (String keyword : paper.keywords()) {
      line("KW", keyword);
    }
    // An abstract Follicle wrote is no part of the paper, and RIS cannot say who wrote it.
    if (!paper.abstractWrittenByFollicle()) {
      line("AB", ExportedText.abstractText(paper, " "));
    }
    line("LA", paper.language());
  }

  private void dateLines(PaperRecord paper) throws IOException {
    if (paper.date().year() == null) {
      return;
    }
    line("PY", paper.date().year().toString());
    if (paper.date().month() != null) {
      line("DA", paper.date().highwire());
    }
  }

  private void journalLines(PaperRecord.Journal journal, PaperKind kind) throws IOException {
    if (journal == null) {
      return;
    }
    line("T2", journal.name());
    if (kind == PaperKind.ARTICLE) {
      line("JO", journal.name());
    }
    line("SN", ExportedText.issns(journal));
    line("PB", journal.publisher());
  }

  private void pageLines(String pages) throws IOException {
    if (pages == null) {
      return;
    }
    PageRange range = PageRange.parse(pages);
    line("SP", range.first());
    line("EP", range.last());
  }

  private static String name(Author author) {
    if (author.collectiveName() != null) {
      return author.collectiveName();
    }
    return author.given() == null ? author.family() : author.family() + ", " + author.given();
  }

  /** A value on one line: RIS ends a value at the line break. */
  private void line(String tag, String value) throws IOException {
    if (value != null) {
      out.write(tag + "  - " + value.replaceAll("\\s+", " ").strip() + LINE_END);
    }
  }
}
