package org.follicle.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.follicle.catalog.PaperRecord.NoticeKind;

/** Crossref's work types and update types: readable labels, and how they differ from CSL's. */
final class CrossrefTypes {

  /** The work types of Crossref's {@code /types} list. */
  private static final Set<String> WORK_TYPES =
      Set.of(
          "book",
          "book-chapter",
          "book-part",
          "book-section",
          "book-series",
          "book-set",
          "book-track",
          "component",
          "database",
          "dataset",
          "dissertation",
          "edited-book",
          "grant",
          "journal",
          "journal-article",
          "journal-issue",
          "journal-volume",
          "monograph",
          "other",
          "peer-review",
          "posted-content",
          "proceedings",
          "proceedings-article",
          "proceedings-series",
          "reference-book",
          "reference-entry",
          "report",
          "report-component",
          "report-series",
          "standard");

  /** Work types that CSL-JSON uses too, so that they alone tell nothing about the format. */
  private static final Set<String> ALSO_CSL_TYPES = Set.of("book", "dataset", "report", "standard");

  /** Labels as the CSL reader gives them for the same kind of work, where the words differ. */
  private static final Map<String, String> LABELS =
      Map.of("proceedings-article", "Conference Paper", "dissertation", "Thesis");

  private static final Map<String, NoticeKind> NOTICE_KINDS =
      Map.of(
          "retraction", NoticeKind.RETRACTION,
          "partial_retraction", NoticeKind.RETRACTION,
          "withdrawal", NoticeKind.RETRACTION,
          "removal", NoticeKind.RETRACTION,
          "correction", NoticeKind.CORRECTION,
          "erratum", NoticeKind.CORRECTION,
          "corrigendum", NoticeKind.CORRECTION,
          "expression_of_concern", NoticeKind.EXPRESSION_OF_CONCERN);

  private CrossrefTypes() {}

  /** Whether a type is one of Crossref's work types. */
  static boolean isWorkType(String type) {
    return WORK_TYPES.contains(type);
  }

  /** Whether a Crossref work type is a CSL type too. */
  static boolean isAlsoCslType(String type) {
    return ALSO_CSL_TYPES.contains(type);
  }

  /** A readable label: "journal-article" is "Journal Article". */
  static String label(String type) {
    String known = LABELS.get(type);
    if (known != null) {
      return known;
    }
    return Arrays.stream(type.split("[-_ ]+"))
        .filter(word -> !word.isEmpty())
        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
        .collect(Collectors.joining(" "));
  }

  /** The notice an update announces, or null for updates that are no notice (a new version). */
  static NoticeKind noticeKind(String updateType) {
    return updateType == null
        ? null
        : NOTICE_KINDS.get(updateType.toLowerCase(Locale.ROOT).replace('-', '_'));
  }
}
