package org.follicle.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.follicle.catalog.PaperRecord;

/**
 * Measures title-year-author matching on its own, against the papers of a real catalogue. For each
 * paper with a title of four words or more, a year and a first author, it writes references to it
 * without identifiers, as reference lists garble them, which must resolve to it:
 *
 * <ol>
 *   <li>the title in upper case with a full stop, the author as "Surname AB", the same year;
 *   <li>the title cut to its first 60% of words (four at least) and "...", the year one later;
 *   <li>the title in lower case with its punctuation gone, the surname without accents;
 * </ol>
 *
 * and references that must resolve to nothing: the paper's author and year with another title (half
 * its words swapped for words of another paper's title), its title three years off, and its title
 * under another first author. A seeded random makes the set the same on every run.
 */
final class TitleMatchingEvaluation {

  /** Precision and recall of the matching, with the counts they come from. */
  record Result(int positives, int distractors, int correct, int wrong, int falseLinks) {

    double precision() {
      int linked = correct + wrong + falseLinks;
      return linked == 0 ? 1 : (double) correct / linked;
    }

    double recall() {
      return positives == 0 ? 0 : (double) correct / positives;
    }
  }

  private final CitationGraph graph;

  TitleMatchingEvaluation(CitationGraph graph) {
    this.graph = graph;
  }

  Result synthesised(Map<Long, PaperRecord> papers) {
    Random random = new Random(20261207L);
    List<Map.Entry<Long, PaperRecord>> usable =
        papers.entrySet().stream()
            .filter(e -> usable(e.getValue()))
            .sorted(Map.Entry.comparingByKey())
            .toList();
    int positives = 0;
    int distractors = 0;
    int correct = 0;
    int wrong = 0;
    int falseLinks = 0;
    for (int i = 0; i < usable.size(); i++) {
      long id = usable.get(i).getKey();
      PaperRecord paper = usable.get(i).getValue();
      PaperRecord other = usable.get((i + 1) % usable.size()).getValue();
      String title = paper.title();
      String surname = paper.authors().get(0).family();
      int year = paper.date().year();
      for (PaperRecord.Reference positive :
          List.of(
              reference(title.toUpperCase(Locale.ROOT) + ".", surname + " AB", year),
              reference(truncated(title), surname, year + 1),
              reference(
                  title.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}]", " "),
                  java.text.Normalizer.normalize(surname, java.text.Normalizer.Form.NFD)
                      .replaceAll("\\p{M}", ""),
                  year))) {
        positives++;
        Optional<Long> linked = resolve(positive);
        if (linked.isPresent()) {
          if (sameWork(papers.get(linked.get()), paper)) {
            correct++;
          } else {
            wrong++;
          }
        }
      }
      for (PaperRecord.Reference distractor :
          List.of(
              reference(mixed(title, other.title(), random), surname, year),
              reference(title, surname, year + 3),
              reference(title, "Zzyzx", year))) {
        distractors++;
        if (resolve(distractor).filter(linked -> sameWork(papers.get(linked), paper)).isPresent()) {
          falseLinks++;
        }
      }
    }
    return new Result(positives, distractors, correct, wrong, falseLinks);
  }

  /**
   * The references of a real catalogue that were resolved by an identifier and carry a title,
   * matched again with their identifiers hidden: the link the identifier made is the truth.
   */
  Result hiddenIdentifiers(List<ReferenceRow> identified) {
    int correct = 0;
    int wrong = 0;
    for (ReferenceRow row : identified) {
      Optional<ReferenceRow> linked =
          graph.byTitleYearAuthor(
              new ReferenceRow(
                  row.citingPaperId(),
                  row.seq(),
                  row.keys().withoutIdentifiers(),
                  null,
                  null,
                  null));
      if (linked.isPresent()) {
        if (linked.get().citedPaperId().equals(row.citedPaperId())) {
          correct++;
        } else {
          wrong++;
        }
      }
    }
    return new Result(identified.size(), 0, correct, wrong, 0);
  }

  private Optional<Long> resolve(PaperRecord.Reference reference) {
    return graph
        .byTitleYearAuthor(new ReferenceRow(-1, 0, ReferenceKeys.of(reference), null, null, null))
        .map(ReferenceRow::citedPaperId);
  }

  /**
   * The same work recorded twice (a preprint and its article, two sources): same title and year.
   */
  private static boolean sameWork(PaperRecord a, PaperRecord b) {
    return a != null
        && BibliographicKeys.titleWords(a.title()).equals(BibliographicKeys.titleWords(b.title()))
        && java.util.Objects.equals(a.date().year(), b.date().year());
  }

  private static boolean usable(PaperRecord paper) {
    return paper.title() != null
        && BibliographicKeys.words(paper.title()).size() >= 4
        && paper.date().year() != null
        && !paper.authors().isEmpty()
        && paper.authors().get(0).family() != null;
  }

  private static PaperRecord.Reference reference(String title, String author, int year) {
    return new PaperRecord.Reference(title, null, null, null, title, author, year, null);
  }

  private static String truncated(String title) {
    String[] words = title.split("\\s+");
    int keep = Math.max(4, (int) Math.ceil(words.length * 0.6));
    return keep >= words.length ? title : String.join(" ", Arrays.copyOf(words, keep)) + "...";
  }

  /** Every other word of the title swapped for a word of another title. */
  private static String mixed(String title, String other, Random random) {
    String[] words = title.split("\\s+");
    String[] others = other.split("\\s+");
    List<String> mixed = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      mixed.add(i % 2 == 1 ? others[random.nextInt(others.length)] : words[i]);
    }
    return String.join(" ", mixed);
  }
}
