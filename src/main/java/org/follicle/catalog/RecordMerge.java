package org.follicle.catalog;

import java.util.List;

/**
 * Merges a newer record of a paper into the stored one: what the newer record states wins, what it
 * leaves out is kept, so records of one paper from different sources lose no field.
 */
final class RecordMerge {

  private RecordMerge() {}

  static PaperRecord merge(PaperRecord stored, PaperRecord newer) {
    boolean newerAbstract = !newer.abstractSections().isEmpty();
    return new PaperRecord(
        newer.title(),
        pick(newer.articleType(), stored.articleType()),
        pick(newer.publicationTypes(), stored.publicationTypes()),
        newer.date().isEmpty() ? stored.date() : newer.date(),
        mergeJournal(stored.journal(), newer.journal()),
        pick(newer.volume(), stored.volume()),
        pick(newer.issue(), stored.issue()),
        pick(newer.pages(), stored.pages()),
        pick(newer.doi(), stored.doi()),
        pick(newer.pmid(), stored.pmid()),
        pick(newer.pmcid(), stored.pmcid()),
        pick(newer.language(), stored.language()),
        pick(newer.authors(), stored.authors()),
        pick(newer.keywords(), stored.keywords()),
        pick(newer.categories(), stored.categories()),
        newerAbstract ? newer.abstractSections() : stored.abstractSections(),
        newerAbstract ? newer.abstractWrittenByFollicle() : stored.abstractWrittenByFollicle(),
        pick(newer.notices(), stored.notices()),
        pick(newer.references(), stored.references()));
  }

  private static PaperRecord.Journal mergeJournal(
      PaperRecord.Journal stored, PaperRecord.Journal newer) {
    if (newer == null
        || stored == null
        || !Journal.keyOf(newer.name()).equals(Journal.keyOf(stored.name()))) {
      return newer == null ? stored : newer;
    }
    return new PaperRecord.Journal(
        newer.name(),
        pick(newer.issnPrint(), stored.issnPrint()),
        pick(newer.issnElectronic(), stored.issnElectronic()),
        pick(newer.publisher(), stored.publisher()));
  }

  private static <T> T pick(T newer, T stored) {
    return newer == null ? stored : newer;
  }

  private static <T> List<T> pick(List<T> newer, List<T> stored) {
    return newer.isEmpty() ? stored : newer;
  }
}
