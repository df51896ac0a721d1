package org.follicle.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PartialDate;

/** Writes papers as BibTeX entries, UTF-8 text with LaTeX's special characters escaped. */
final class BibtexWriter implements PaperWriter {

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private final Writer out;
  private final CitationKeys keys = new CitationKeys();
  private boolean first = true;

  BibtexWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(PaperRecord paper) throws IOException {
    PaperKind kind = PaperKind.of(paper);
    String fields = String.join(",\n", fields(paper, kind));
    out.write(first ? "" : "\n");
    out.write("@%s{%s,\n%s\n}\n".formatted(kind.bibtex(), keys.next(paper), fields));
    first = false;
  }

  private static List<String> fields(PaperRecord paper, PaperKind kind) {
    List<String> fields = new ArrayList<>();
    // Double braces keep the title's capitals from a style's lower-casing.
    fields.add(field("title", "{" + escape(paper.title()) + "}"));
    add(fields, "author", authors(paper.authors()));
    PaperRecord.Journal journal = paper.journal();
    if (journal != null) {
      add(fields, kind.inBook() ? "booktitle" : "journal", escape(journal.name()));
    }
    dateFields(paper.date(), fields);
    add(fields, "volume", escape(paper.volume()));
    add(fields, "number", escape(paper.issue()));
    add(fields, "pages", pages(paper.pages()));
    // Identifiers stay as they are: styles print them verbatim, and escaping would change them.
    add(fields, "doi", paper.doi() == null ? null : paper.doi().value());
    add(fields, "pmid", paper.pmid());
    add(fields, "pmcid", paper.pmcid());
    add(fields, "issn", ExportedText.issns(journal));
    add(fields, publisherField(kind), journal == null ? null : escape(journal.publisher()));
    add(fields, "keywords", escape(ExportedText.keywords(paper)));
    // An abstract Follicle wrote is no part of the paper, and BibTeX cannot say who wrote it.
    if (!paper.abstractWrittenByFollicle()) {
      add(fields, "abstract", escape(ExportedText.abstractText(paper, "\n\n")));
    }
    add(fields, "language", escape(paper.language()));
    return fields;
  }

  private static void dateFields(PartialDate date, List<String> fields) {
    add(fields, "year", date.year() == null ? null : date.year().toString());
    if (date.month() != null) {
      // An unbraced month is BibTeX's predefined macro, which every style prints in its own way.
      fields.add("  month = " + MONTHS[date.month() - 1]);
    }
    if (date.day() != null) {
      // Classic BibTeX has no day; BibLaTeX's date field keeps it for readers that know it.
      add(fields, "date", date.iso());
    }
  }

  private static String publisherField(PaperKind kind) {
    return switch (kind) {
      case THESIS -> "school";
      case REPORT -> "institution";
      default -> "publisher";
    };
  }

  private static String authors(List<Author> authors) {
    if (authors.isEmpty()) {
      return null;
    }
    return authors.stream().map(BibtexWriter::author).collect(Collectors.joining(" and "));
  }

  /** "Family, Given"; braces keep a collective name, or a lone family name, from being split. */
  private static String author(Author author) {
    if (author.collectiveName() != null) {
      return "{" + escape(author.collectiveName()) + "}";
    }
    if (author.given() != null) {
      return escape(author.family()) + ", " + escape(author.given());
    }
    String family = escape(author.family());
    return family.contains(" ") ? "{" + family + "}" : family;
  }

  private static String pages(String pages) {
    if (pages == null) {
      return null;
    }
    PageRange range = PageRange.parse(pages);
    return escape(range.last() == null ? range.first() : range.first() + "--" + range.last());
  }

  private static void add(List<String> fields, String name, String value) {
    if (value != null) {
      fields.add(field(name, value));
    }
  }

  private static String field(String name, String value) {
    return "  " + name + " = {" + value + "}";
  }

  /** Escapes the characters BibTeX and LaTeX give a meaning: braces, \, %, &, # and $. */
  private static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> escaped.append("\\textbackslash{}");
        case '{', '}', '%', '&', '#', '$' -> escaped.append('\\').append(c);
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
