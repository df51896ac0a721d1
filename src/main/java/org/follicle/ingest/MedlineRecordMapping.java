package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Category;
import org.follicle.catalog.PaperRecord.NoticeKind;

/**
 * Maps the fields of one MEDLINE text record to a draft. Repeated TI lines continue one title and
 * join with a space (hand-made files split a title so); repeated AB lines are separate paragraphs
 * of one abstract. Full names (FAU) are preferred to short ones (AU) when the record has them; an
 * AD line is the affiliation of the author above it, or of the first author when it comes before
 * all authors (as in records before 2014).
 */
final class MedlineRecordMapping {

  /** A label inside a structured abstract's running text: "... in 2019. RESULTS: We ...". */
  private static final Pattern INLINE_LABEL =
      Pattern.compile("(?<=[.?!]) (?=[A-Z][A-Z &/-]{1,48}[A-Z]: )");

  private MedlineRecordMapping() {}

  /** The draft of the record whose fields these are, in the order they were written. */
  static PubmedDraft toDraft(List<MedlineField> fields) {
    PubmedDraft draft = new PubmedDraft();
    List<String> titleParts = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    boolean fullNames = fields.stream().anyMatch(field -> field.tag().equals("FAU"));
    for (MedlineField field : fields) {
      String value = field.value();
      if (value == null) {
        continue;
      }
      switch (field.tag()) {
        case "TI" -> titleParts.add(value);
        case "AB" -> paragraphs.add(INLINE_LABEL.matcher(value).replaceAll("\n"));
        case "FAU", "AU", "CN", "AD", "AUID" -> byline(field.tag(), value, fullNames, draft);
        default -> field(field.tag(), value, draft);
      }
    }
    draft.title(titleParts.isEmpty() ? null : String.join(" ", titleParts));
    AbstractText.sections(String.join("\n\n", paragraphs)).forEach(draft.record()::abstractSection);
    return draft;
  }

  private static void field(String tag, String value, PubmedDraft draft) {
    switch (tag) {
      case "PMID" -> draft.pmid(value);
      case "BTI" -> draft.bookTitle(value);
      case "CTI" -> draft.collectionTitle(value);
      case "JT" -> draft.journalName(value);
      case "TA" -> draft.journalAbbreviation(value);
      case "PB" -> draft.publisher(value);
      case "IS" -> issn(value, draft);
      case "VI" -> draft.record().volume(value);
      case "IP" -> draft.record().issue(value);
      case "PG" -> draft.record().pages(value);
      case "DP" -> draft.publicationDate(PubmedDates.parse(value, "DP", draft.warnings()));
      case "DEP" -> draft.electronicDate(PubmedDates.parse(spaced(value), "DEP", draft.warnings()));
      case "LA" -> draft.language(value);
      case "PT" -> draft.publicationType(value);
      case "MH" -> meshHeading(value, draft);
      case "OT" -> draft.keyword(value);
      case "LID", "AID" -> articleId(value, draft);
      case "PMC" -> draft.pmcid(value);
      default -> notice(tag, value, draft);
    }
  }

  private static void byline(String tag, String value, boolean fullNames, PubmedDraft draft) {
    switch (tag) {
      case "FAU" -> draft.author(person(value, value.indexOf(',')));
      case "AU" -> {
        if (!fullNames) {
          draft.author(person(value, value.lastIndexOf(' ')));
        }
      }
      case "CN" -> draft.author(new Author(null, null, value, null, null));
      case "AD" -> {
        if (draft.hasAuthors()) {
          draft.affiliateLastAuthor(value);
        } else {
          draft.firstAuthorAffiliation(value);
        }
      }
      case "AUID" -> orcid(value, draft);
    }
  }

  /** "Long, Vicky" split at the comma, "Long V" at the last space; a single word is a family. */
  private static Author person(String name, int split) {
    if (split < 0) {
      return new Author(name, null, null, null, null);
    }
    String given = PubmedDraft.clean(name.substring(split + 1));
    return new Author(PubmedDraft.clean(name.substring(0, split)), given, null, null, null);
  }

  /** AUID lines name an author's identifiers: "ORCID: 0000-0002-1825-0097". */
  private static void orcid(String value, PubmedDraft draft) {
    if (value.startsWith("ORCID:")) {
      draft.identifyLastAuthor(
          PubmedIdentifiers.orcid(value.substring("ORCID:".length()).strip(), draft.warnings()));
    }
  }

  /**
   * "1234-5678 (Print)", "(Electronic)" or "(Linking)"; an ISSN without a type is the print one.
   */
  private static void issn(String value, PubmedDraft draft) {
    int type = value.indexOf('(');
    if (type < 0) {
      draft.issn(value, null);
      return;
    }
    int typeEnd = value.indexOf(')', type);
    draft.issn(
        PubmedDraft.clean(value.substring(0, type)),
        value.substring(type + 1, typeEnd < 0 ? value.length() : typeEnd));
  }

  /** "Occupational Health/*history": the descriptor, major when it or a qualifier is starred. */
  private static void meshHeading(String value, PubmedDraft draft) {
    int qualifiers = value.indexOf('/');
    String descriptor = qualifiers < 0 ? value : value.substring(0, qualifiers);
    boolean major = value.indexOf('*') >= 0;
    String name = PubmedDraft.clean(descriptor.replace("*", ""));
    if (name != null) {
      draft.record().category(new Category(name, major));
    }
  }

  /** "10.1186/1471-2105-7-10 [doi]"; a value written as "doi:10.1016/..." counts too. */
  private static void articleId(String value, PubmedDraft draft) {
    if (value.endsWith("[doi]")) {
      draft.doi(PubmedDraft.clean(value.substring(0, value.length() - "[doi]".length())));
    } else if (value.regionMatches(true, 0, "doi:", 0, "doi:".length())) {
      draft.doi(value);
    }
  }

  private static void notice(String tag, String value, PubmedDraft draft) {
    NoticeKind kind = PubmedNotices.kindOfTag(tag);
    if (kind != null) {
      draft.record().notice(PubmedNotices.fromMedlineLine(kind, value, draft.warnings()));
    }
  }

  /** DEP writes its date as "20160419"; spaced out, it reads like DP. */
  private static String spaced(String compact) {
    if (compact.length() != 8) {
      return compact;
    }
    return compact.substring(0, 4) + " " + compact.substring(4, 6) + " " + compact.substring(6);
  }
}
