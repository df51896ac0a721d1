package org.follicle.ingest;

import java.util.Locale;
import java.util.Map;

/** Readable publication-type labels for BibTeX and BibLaTeX entry types. */
final class BibtexTypes {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("article", "Journal Article"),
          Map.entry("inproceedings", "Conference Paper"),
          Map.entry("conference", "Conference Paper"),
          Map.entry("proceedings", "Proceedings"),
          Map.entry("book", "Book"),
          Map.entry("mvbook", "Book"),
          Map.entry("collection", "Book"),
          Map.entry("incollection", "Book Chapter"),
          Map.entry("inbook", "Book Chapter"),
          Map.entry("bookinbook", "Book Chapter"),
          Map.entry("suppbook", "Book Chapter"),
          // Mendeley's own type names.
          Map.entry("book_section", "Book Chapter"),
          Map.entry("magazine_article", "Magazine Article"),
          Map.entry("newspaper_article", "Newspaper Article"),
          Map.entry("web_page", "Web Page"),
          Map.entry("generic", "Miscellaneous"),
          Map.entry("phdthesis", "Thesis"),
          Map.entry("mastersthesis", "Thesis"),
          Map.entry("thesis", "Thesis"),
          Map.entry("techreport", "Report"),
          Map.entry("report", "Report"),
          Map.entry("misc", "Miscellaneous"),
          Map.entry("online", "Web Page"),
          Map.entry("electronic", "Web Page"),
          Map.entry("www", "Web Page"),
          Map.entry("webpage", "Web Page"),
          Map.entry("unpublished", "Unpublished Work"),
          Map.entry("manual", "Manual"),
          Map.entry("booklet", "Booklet"),
          Map.entry("patent", "Patent"),
          Map.entry("dataset", "Dataset"),
          Map.entry("software", "Software"),
          Map.entry("periodical", "Periodical"));

  private BibtexTypes() {}

  /** The label of an entry type; an unknown type is shown as written, capitalised. */
  static String label(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    String known = LABELS.get(lower);
    if (known != null) {
      return known;
    }
    String words = lower.replace('_', ' ').replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
