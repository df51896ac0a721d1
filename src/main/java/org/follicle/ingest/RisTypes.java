package org.follicle.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The RIS reference types (the {@code TY} codes) and their readable publication-type labels. */
final class RisTypes {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("ABST", "Abstract"),
          Map.entry("ADVS", "Audiovisual Material"),
          Map.entry("AGGR", "Aggregated Database"),
          Map.entry("ANCIENT", "Ancient Text"),
          Map.entry("ART", "Art Work"),
          Map.entry("BILL", "Bill"),
          Map.entry("BLOG", "Blog"),
          Map.entry("BOOK", "Book"),
          Map.entry("CASE", "Case"),
          Map.entry("CHAP", "Book Chapter"),
          Map.entry("CHART", "Chart"),
          Map.entry("CLSWK", "Classical Work"),
          Map.entry("COMP", "Computer Program"),
          Map.entry("CONF", "Conference Paper"),
          Map.entry("CPAPER", "Conference Paper"),
          Map.entry("CTLG", "Catalog"),
          Map.entry("DATA", "Dataset"),
          Map.entry("DBASE", "Online Database"),
          Map.entry("DICT", "Dictionary"),
          Map.entry("EBOOK", "Electronic Book"),
          Map.entry("ECHAP", "Electronic Book Chapter"),
          Map.entry("EDBOOK", "Edited Book"),
          Map.entry("EJOUR", "Electronic Article"),
          Map.entry("ELEC", "Web Page"),
          Map.entry("ENCYC", "Encyclopedia"),
          Map.entry("EQUA", "Equation"),
          Map.entry("FIGURE", "Figure"),
          Map.entry("GEN", "Generic"),
          Map.entry("GOVDOC", "Government Document"),
          Map.entry("GRANT", "Grant"),
          Map.entry("HEAR", "Hearing"),
          Map.entry("ICOMM", "Internet Communication"),
          Map.entry("INPR", "In Press"),
          Map.entry("JFULL", "Journal (Full)"),
          Map.entry("JOUR", "Journal Article"),
          Map.entry("LEGAL", "Legal Rule or Regulation"),
          Map.entry("MANSCPT", "Manuscript"),
          Map.entry("MAP", "Map"),
          Map.entry("MGZN", "Magazine Article"),
          Map.entry("MPCT", "Motion Picture"),
          Map.entry("MULTI", "Online Multimedia"),
          Map.entry("MUSIC", "Music Score"),
          Map.entry("NEWS", "Newspaper Article"),
          Map.entry("PAMP", "Pamphlet"),
          Map.entry("PAT", "Patent"),
          Map.entry("PCOMM", "Personal Communication"),
          Map.entry("RPRT", "Report"),
          Map.entry("SER", "Serial Publication"),
          Map.entry("SLIDE", "Slide"),
          Map.entry("SOUND", "Sound Recording"),
          Map.entry("STAND", "Standard"),
          Map.entry("STAT", "Statute"),
          Map.entry("THES", "Thesis"),
          Map.entry("UNBILL", "Unenacted Bill"),
          Map.entry("UNPB", "Unpublished Work"),
          Map.entry("VIDEO", "Video Recording"));

  /** Types whose secondary title (T2) is the name of a journal, magazine or newspaper. */
  private static final Set<String> PERIODICALS = Set.of("JOUR", "EJOUR", "MGZN", "NEWS", "INPR");

  private RisTypes() {}

  /**
   * The RIS code of a TY value: the code itself ("JOUR", any case) or, as some exporters write, its
   * label ("Journal Article"); null when it is neither.
   */
  static String code(String type) {
    String upper = type.toUpperCase(Locale.ROOT);
    if (LABELS.containsKey(upper)) {
      return upper;
    }
    return LABELS.entrySet().stream()
        .filter(e -> e.getValue().equalsIgnoreCase(type))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /** The readable label of a known code. */
  static String label(String code) {
    return LABELS.get(code);
  }

  /** Whether a record of this type (a code, or null) appeared in a periodical. */
  static boolean isPeriodical(String code) {
    return code != null && PERIODICALS.contains(code);
  }
}
