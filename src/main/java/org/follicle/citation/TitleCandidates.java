package org.follicle.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Papers read once for a batch of references, looked up per reference by what the per-reference
 * query asked: the same title prefix, or the same first author within a year. Candidates come in
 * paper id order, so that among equally sure matches the oldest paper wins, as it always has.
 */
final class TitleCandidates {

  private final Map<String, List<PaperKeys>> byPrefix = new HashMap<>();
  private final Map<String, List<PaperKeys>> byAuthor = new HashMap<>();

  TitleCandidates(List<PaperKeys> papers) {
    for (PaperKeys p : papers) {
      if (p.titlePrefix() != null && !p.titlePrefix().isEmpty()) {
        byPrefix.computeIfAbsent(p.titlePrefix(), k -> new ArrayList<>()).add(p);
      }
      if (p.authorKey() != null && p.year() != null) {
        byAuthor.computeIfAbsent(p.authorKey(), k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** The papers whose title starts as the reference's, or by its first author within a year. */
  List<PaperKeys> of(ReferenceKeys reference) {
    Map<Long, PaperKeys> found = new TreeMap<>();
    if (reference.titlePrefix() != null && !reference.titlePrefix().isEmpty()) {
      byPrefix
          .getOrDefault(reference.titlePrefix(), List.of())
          .forEach(p -> found.put(p.paperId(), p));
    }
    if (reference.authorKey() != null && reference.year() != null) {
      for (PaperKeys p : byAuthor.getOrDefault(reference.authorKey(), List.of())) {
        if (Math.abs(p.year() - reference.year()) <= 1) {
          found.put(p.paperId(), p);
        }
      }
    }
    return List.copyOf(found.values());
  }
}
