package org.follicle.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;

/**
 * A citation graph made up for the benchmark, the same for the same size and seed: papers with
 * titles, first authors, years and identifiers, and reference lists whose targets follow a power
 * law (a few papers cited very often). Most references carry the target's DOI or PMID; some only
 * its title, year and first author; some name papers the catalogue does not hold.
 *
 * <p>Every paper is computed from its number alone, so a reference can name any paper, earlier or
 * later, without the graph being held in memory.
 */
final class SynthesisedCitationGraph {

  /** Shares of references: by DOI (with title), by PMID only, by title only, unresolvable. */
  static final double BY_DOI = 0.75;

  static final double BY_PMID = 0.10;
  static final double BY_TITLE = 0.08;

  /** Zipf exponent of how often papers are cited. */
  private static final double SKEW = 1.0;

  private static final String[] SYLLABLES = {
    "ka", "ri", "to", "mel", "san", "dor", "vi", "len", "ber", "gu", "shi", "ta", "no", "ha", "pe",
    "lo", "ran", "ze", "mi", "kov", "das", "ul", "fen", "ro"
  };

  private static final String[] WORDS = words();

  private final int papers;
  private final int referencesPerPaper;
  private final long seed;

  /** Cumulative citation probability by popularity rank, for drawing targets. */
  private final double[] popularity;

  /** Which paper holds each popularity rank: the popular ones spread over the whole range. */
  private final int[] byRank;

  SynthesisedCitationGraph(int papers, int referencesPerPaper, long seed) {
    if (papers < 2) {
      throw new IllegalArgumentException("a citation graph needs at least 2 papers");
    }
    this.papers = papers;
    this.referencesPerPaper = referencesPerPaper;
    this.seed = seed;
    this.popularity = new double[papers];
    double total = 0;
    for (int rank = 0; rank < papers; rank++) {
      total += 1 / Math.pow(rank + 1, SKEW);
      popularity[rank] = total;
    }
    for (int rank = 0; rank < papers; rank++) {
      popularity[rank] /= total;
    }
    this.byRank = new int[papers];
    Arrays.setAll(byRank, i -> i);
    Random shuffle = new Random(seed);
    for (int i = papers - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int t = byRank[i];
      byRank[i] = byRank[j];
      byRank[j] = t;
    }
  }

  int papers() {
    return papers;
  }

  /** The record of paper number {@code n} (0-based), reference list included. */
  PaperRecord paper(int n) {
    SplittableRandom random = new SplittableRandom(seed * 31 + n);
    PaperRecord.Builder record =
        PaperRecord.builder()
            .title(title(n))
            .date(PartialDate.ofYear(year(n)))
            .author(new PaperRecord.Author(surname(n), "Alex", null, null, null))
            .abstractSection(new PaperRecord.AbstractSection(null, sentence(random, 60) + "."));
    if (hasDoi(n)) {
      record.doi(doi(n));
    }
    if (hasPmid(n)) {
      record.pmid(pmid(n));
    }
    for (int r = 0; r < referencesPerPaper; r++) {
      record.reference(reference(n, random));
    }
    return record.build();
  }

  private PaperRecord.Reference reference(int citing, SplittableRandom random) {
    double kind = random.nextDouble();
    int target = target(citing, random);
    if (kind < BY_DOI) {
      Doi doi = hasDoi(target) ? doi(target) : null;
      String pmid = doi == null ? pmid(target) : null;
      return new PaperRecord.Reference(
          text(target), doi, pmid, null, title(target), surname(target), year(target), null);
    }
    if (kind < BY_DOI + BY_PMID) {
      return hasPmid(target)
          ? new PaperRecord.Reference(
              text(target), null, pmid(target), null, null, null, null, null)
          : new PaperRecord.Reference(
              text(target), doi(target), null, null, null, null, null, null);
    }
    if (kind < BY_DOI + BY_PMID + BY_TITLE) {
      // As a printed list gives it: initials after the surname, punctuation of its own.
      String title = title(target).toUpperCase(java.util.Locale.ROOT) + ".";
      return new PaperRecord.Reference(
          text(target), null, null, null, title, surname(target) + " AB", year(target), null);
    }
    long missing = random.nextLong(1L << 40);
    String title = capitalised(sentence(random, 9));
    return new PaperRecord.Reference(
        "Elsewhere (2001). " + title + ".",
        Doi.parse("10.5556/absent." + missing),
        null,
        null,
        title,
        "Nemo",
        2001,
        null);
  }

  /** A cited paper drawn by popularity; never the citing paper itself. */
  private int target(int citing, SplittableRandom random) {
    int paper;
    do {
      int rank = Arrays.binarySearch(popularity, random.nextDouble());
      paper = byRank[Math.min(papers - 1, rank < 0 ? -rank - 1 : rank)];
    } while (paper == citing);
    return paper;
  }

  /** Nine in ten papers have a DOI; those without have a PMID, so every paper can be named. */
  static boolean hasDoi(int n) {
    return n % 10 != 9;
  }

  static boolean hasPmid(int n) {
    return n % 2 == 1 || !hasDoi(n);
  }

  Doi doi(int n) {
    return Doi.parse("10.5555/follicle-bench." + seed + "." + n);
  }

  String pmid(int n) {
    return Long.toString(90_000_000L + seed % 1000 * 2_000_000L + n);
  }

  String title(int n) {
    return capitalised(sentence(new SplittableRandom(seed * 17 + n * 7919L), 10));
  }

  String surname(int n) {
    SplittableRandom random = new SplittableRandom(seed * 13 + n * 104729L);
    int syllables = 2 + random.nextInt(2);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return capitalised(name.toString());
  }

  int year(int n) {
    return 1990 + Math.floorMod(n * 2654435761L, 36);
  }

  private String text(int target) {
    return "%s A, et al. %s. %d.".formatted(surname(target), title(target), year(target));
  }

  private static String sentence(SplittableRandom random, int words) {
    List<String> chosen = new ArrayList<>(words);
    for (int i = 0; i < words; i++) {
      chosen.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", chosen);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Two thousand made-up words of two to four syllables. */
  private static String[] words() {
    SplittableRandom random = new SplittableRandom(42);
    String[] words = new String[2000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      words[i] = word.toString();
    }
    return words;
  }
}
