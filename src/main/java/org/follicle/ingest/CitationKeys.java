package org.follicle.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.follicle.catalog.PaperRecord;

/**
 * Citation keys of one export run, "Family2024Word" from the first author, the year and the first
 * word of the title; a key already given gets a letter appended ("a", "b", ...).
 */
final class CitationKeys {

  private final Set<String> used = new HashSet<>();

  /** The key for the next paper, unique within this run. */
  String next(PaperRecord paper) {
    String base = base(paper);
    String key = base;
    for (int count = 1; !used.add(key); count++) {
      key = base + suffix(count);
    }
    return key;
  }

  private static String base(PaperRecord paper) {
    String author = paper.authors().isEmpty() ? "" : ascii(familyOrCollective(paper.authors()));
    String year = paper.date().year() == null ? "" : paper.date().year().toString();
    String key = author + year + firstWord(paper.title());
    return key.isEmpty() ? "paper" : key;
  }

  private static String familyOrCollective(List<PaperRecord.Author> authors) {
    PaperRecord.Author first = authors.get(0);
    return first.family() != null ? first.family() : first.collectiveName();
  }

  private static String firstWord(String title) {
    for (String word : title.split("\\s+")) {
      String ascii = ascii(word);
      if (!ascii.isEmpty()) {
        return ascii;
      }
    }
    return "";
  }

  /** Letters and digits only, accents dropped: "Öksüm Solak" becomes "OksumSolak". */
  private static String ascii(String text) {
    String letters =
        text.replace("ß", "ss")
            .replace("Æ", "AE")
            .replace("æ", "ae")
            .replace("Ø", "O")
            .replace("ø", "o")
            .replace("Ł", "L")
            .replace("ł", "l")
            .replace("Đ", "D")
            .replace("đ", "d");
    return Normalizer.normalize(letters, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
  }

  /** 1 gives "a", 26 "z", 27 "aa": enough letters for any number of clashes. */
  private static String suffix(int count) {
    StringBuilder letters = new StringBuilder();
    for (int rest = count; rest > 0; rest = (rest - 1) / 26) {
      letters.insert(0, (char) ('a' + (rest - 1) % 26));
    }
    return letters.toString();
  }
}
