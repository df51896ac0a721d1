package org.follicle.recommend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * "Recommended for you": the research related to the papers a reader rated well, saved, claimed or
 * discussed, leaving out every paper they already have. Each of their papers ranks its related
 * research as the paper page does; a paper scores the sum, over the reader's papers that found it,
 * of that paper's weight divided by its rank (offset, so the first few ranks do not dwarf the
 * rest), so research close to several of their papers, or to their strongest interests, rises.
 */
@Service
class PersonalRecommendations {

  /** How many of the reader's papers, strongest then latest, recommendations start from. */
  static final int SEEDS = 10;

  /** The most recommendations computed, and so asked for, at once. */
  static final int MOST = 50;

  /**
   * Added to a rank (from 1) before dividing by it, so rank 10 counts about half of rank 1 (10/19),
   * not a tenth: the related papers a seed finds are all close to it.
   */
  private static final int RANK_OFFSET = 9;

  /**
   * How long computed recommendations are kept while the reader's papers stay the same: new papers
   * and citations arrive in the catalogue, so they are computed again after this.
   */
  private static final Duration KEPT = Duration.ofMinutes(10);

  /** Readers whose recommendations are kept; the longest unused ones are forgotten first. */
  private static final int READERS_KEPT = 5_000;

  /** Strongest first, then latest. */
  private static final Comparator<ReaderInterest> STRONGEST_FIRST =
      Comparator.comparingDouble(ReaderInterest::weight)
          .thenComparing(ReaderInterest::at)
          .thenComparingLong(ReaderInterest::paperId)
          .reversed();

  private final ObjectProvider<ReaderInterests> sources;
  private final RelatedResearch related;
  private final Catalog catalog;
  private final Map<Long, Computed> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Computed> eldest) {
          return size() > READERS_KEPT;
        }
      };

  PersonalRecommendations(
      ObjectProvider<ReaderInterests> sources, RelatedResearch related, Catalog catalog) {
    this.sources = sources;
    this.related = related;
    this.catalog = catalog;
  }

  /** A reader's recommendations, and whether they have shown interest in anything yet. */
  record ForYou(boolean hasInterests, List<Recommendation> items) {}

  /** Computed recommendations, and what they were computed from. */
  private record Computed(List<ReaderInterest> interests, Instant at, List<Recommendation> items) {}

  /** Up to {@code limit} (at most {@link #MOST}) recommendations for the account, best first. */
  ForYou of(long accountId, int limit) {
    List<ReaderInterest> interests = interests(accountId);
    Computed computed = cached(accountId, interests);
    if (computed == null) {
      computed = new Computed(interests, Instant.now(), recommend(interests));
      synchronized (kept) {
        kept.put(accountId, computed);
      }
    }
    List<Recommendation> items = computed.items();
    return new ForYou(!interests.isEmpty(), items.subList(0, Math.min(limit, items.size())));
  }

  /** Kept recommendations still fresh and computed from exactly these interests, or null. */
  private Computed cached(long accountId, List<ReaderInterest> interests) {
    Computed computed;
    synchronized (kept) {
      computed = kept.get(accountId);
    }
    boolean fresh =
        computed != null
            && computed.interests().equals(interests)
            && computed.at().plus(KEPT).isAfter(Instant.now());
    return fresh ? computed : null;
  }

  /** Every source's interests, one per paper (the strongest), strongest then latest first. */
  private List<ReaderInterest> interests(long accountId) {
    Map<Long, ReaderInterest> strongest = new HashMap<>();
    for (ReaderInterests source : sources.orderedStream().toList()) {
      for (ReaderInterest interest : source.of(accountId)) {
        strongest.merge(interest.paperId(), interest, PersonalRecommendations::stronger);
      }
    }
    return strongest.values().stream().sorted(STRONGEST_FIRST).toList();
  }

  private static ReaderInterest stronger(ReaderInterest a, ReaderInterest b) {
    return STRONGEST_FIRST.compare(a, b) <= 0 ? a : b;
  }

  private List<Recommendation> recommend(List<ReaderInterest> interests) {
    List<ReaderInterest> seeds =
        interests.stream().filter(i -> i.weight() > 0).limit(SEEDS).toList();
    Map<Long, String> titles =
        catalog.summaries(seeds.stream().map(ReaderInterest::paperId).toList()).stream()
            .collect(Collectors.toMap(PaperSummary::id, PaperSummary::title));
    var known = interests.stream().map(ReaderInterest::paperId).collect(Collectors.toSet());
    Map<Long, Candidate> candidates = new HashMap<>();
    for (ReaderInterest seed : seeds) {
      String title = titles.get(seed.paperId());
      if (title == null) {
        continue; // the paper left the catalogue; the module that kept it will forget it
      }
      List<RelatedPaper> near = related.of(seed.paperId(), RelatedResearch.DEPTH);
      for (int rank = 1; rank <= near.size(); rank++) {
        RelatedPaper paper = near.get(rank - 1);
        if (!known.contains(paper.paper().id())) {
          double score = seed.weight() / (RANK_OFFSET + rank);
          candidates
              .computeIfAbsent(paper.paper().id(), id -> new Candidate(paper.paper()))
              .add(
                  score,
                  new Recommendation.Because(
                      seed.paperId(), title, seed.reason(), paper.reasons()));
        }
      }
    }
    return candidates.values().stream()
        .sorted(
            Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparingLong(c -> c.paper.id()))
        .limit(MOST)
        .map(Candidate::recommendation)
        .toList();
  }

  /** A paper found near some of the reader's papers, with what each of them added. */
  private static final class Candidate {
    private final PaperSummary paper;
    private final List<Map.Entry<Double, Recommendation.Because>> because = new ArrayList<>();

    Candidate(PaperSummary paper) {
      this.paper = paper;
    }

    void add(double score, Recommendation.Because reason) {
      because.add(Map.entry(score, reason));
    }

    double score() {
      return because.stream().mapToDouble(Map.Entry::getKey).sum();
    }

    Recommendation recommendation() {
      return new Recommendation(
          paper,
          because.stream()
              .sorted(Map.Entry.<Double, Recommendation.Because>comparingByKey().reversed())
              .map(Map.Entry::getValue)
              .toList());
    }
  }
}
