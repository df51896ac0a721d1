package org.follicle.recommend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperDetails;
import org.follicle.catalog.PaperSummary;
import org.follicle.citation.Citations;
import org.follicle.search.PaperNeighbours;
import org.follicle.search.PaperNeighbours.Neighbour;
import org.follicle.search.PaperNeighbours.TopicKey;
import org.follicle.search.ReciprocalRankFusion;
import org.springframework.stereotype.Service;

/**
 * Related research for a paper: each signal ranks its nearest papers, and the rankings are fused by
 * reciprocal rank, so a paper found by several signals rises above one found by one alone.
 */
@Service
public class RelatedResearch {

  /** How many papers each signal ranks before they are fused. */
  static final int DEPTH = 20;

  /** Shared topics named on a card; more are counted, not named. */
  private static final int NAMED_TOPICS = 3;

  private final Catalog catalog;
  private final PaperNeighbours neighbours;
  private final Citations citations;

  RelatedResearch(Catalog catalog, PaperNeighbours neighbours, Citations citations) {
    this.catalog = catalog;
    this.neighbours = neighbours;
    this.citations = citations;
  }

  /** The signals this installation can rank by. */
  public List<RelatednessSignal> signals() {
    return neighbours.findsByMeaning()
        ? List.of(
            RelatednessSignal.MEANING,
            RelatednessSignal.TOPICS,
            RelatednessSignal.CO_CITATION,
            RelatednessSignal.COUPLING)
        : List.of(
            RelatednessSignal.TOPICS, RelatednessSignal.CO_CITATION, RelatednessSignal.COUPLING);
  }

  /** Up to {@code limit} papers related to this one, most related first, each with its reasons. */
  public List<RelatedPaper> of(long paperId, int limit) {
    Map<RelatednessSignal, List<Citations.Shared>> shared = sharedCitations(paperId);
    List<PaperDetails.Topic> ownTopics = ownTopics(paperId);
    Map<RelatednessSignal, List<Long>> rankings = rankings(paperId, ownTopics, shared);
    List<Long> ids = blend(rankings, limit);
    Map<Long, List<PaperDetails.Topic>> topics = catalog.topics(ids);
    Set<String> own = ownTopics.stream().map(PaperDetails.Topic::slug).collect(Collectors.toSet());
    List<RelatedPaper> related = new ArrayList<>();
    for (PaperSummary paper : catalog.summaries(ids)) {
      List<RelatedPaper.Reason> reasons = new ArrayList<>();
      for (var ranking : rankings.entrySet()) {
        if (ranking.getValue().contains(paper.id())) {
          reasons.add(
              reason(
                  ranking.getKey(),
                  shared(own, topics.get(paper.id())),
                  sharedCount(shared.get(ranking.getKey()), paper.id())));
        }
      }
      related.add(new RelatedPaper(paper, reasons));
    }
    return related;
  }

  /** Each signal's ranking of the papers nearest this one, nearest first. */
  public Map<RelatednessSignal, List<Long>> rankings(long paperId) {
    return rankings(paperId, ownTopics(paperId), sharedCitations(paperId));
  }

  private List<PaperDetails.Topic> ownTopics(long paperId) {
    return catalog.topics(List.of(paperId)).getOrDefault(paperId, List.of());
  }

  private Map<RelatednessSignal, List<Long>> rankings(
      long paperId,
      List<PaperDetails.Topic> ownTopics,
      Map<RelatednessSignal, List<Citations.Shared>> shared) {
    Map<RelatednessSignal, List<Long>> rankings = new EnumMap<>(RelatednessSignal.class);
    for (RelatednessSignal signal : signals()) {
      rankings.put(
          signal,
          shared.containsKey(signal)
              ? shared.get(signal).stream().map(Citations.Shared::paperId).toList()
              : ids(ranking(signal, paperId, ownTopics)));
    }
    return rankings;
  }

  /** The citation graph's rankings, with how many citations each paper shares with this one. */
  private Map<RelatednessSignal, List<Citations.Shared>> sharedCitations(long paperId) {
    Map<RelatednessSignal, List<Citations.Shared>> shared = new EnumMap<>(RelatednessSignal.class);
    shared.put(RelatednessSignal.CO_CITATION, citations.citedTogether(paperId, DEPTH));
    shared.put(RelatednessSignal.COUPLING, citations.sharingReferences(paperId, DEPTH));
    return shared;
  }

  private static int sharedCount(List<Citations.Shared> shared, long paperId) {
    return shared == null
        ? 0
        : shared.stream()
            .filter(s -> s.paperId() == paperId)
            .mapToInt(Citations.Shared::count)
            .findFirst()
            .orElse(0);
  }

  /** The best {@code limit} of these rankings fused by reciprocal rank. */
  public static List<Long> blend(Map<RelatednessSignal, List<Long>> rankings, int limit) {
    return ReciprocalRankFusion.fuse(List.copyOf(rankings.values())).stream().limit(limit).toList();
  }

  private List<Neighbour> ranking(
      RelatednessSignal signal, long paperId, List<PaperDetails.Topic> ownTopics) {
    return switch (signal) {
      case MEANING -> neighbours.byMeaning(paperId, DEPTH);
      case TOPICS -> neighbours.byTopics(paperId, topicKeys(ownTopics), DEPTH);
      case CO_CITATION, COUPLING ->
          throw new IllegalArgumentException(signal + " is ranked from the citation graph");
    };
  }

  private static List<TopicKey> topicKeys(List<PaperDetails.Topic> ownTopics) {
    Map<String, Boolean> major = new LinkedHashMap<>();
    for (PaperDetails.Topic topic : ownTopics) {
      major.merge(topic.slug(), topic.major(), Boolean::logicalOr);
    }
    return major.entrySet().stream().map(e -> new TopicKey(e.getKey(), e.getValue())).toList();
  }

  private static List<Long> ids(List<Neighbour> neighbours) {
    return neighbours.stream().map(Neighbour::paperId).toList();
  }

  private static List<String> shared(Set<String> own, List<PaperDetails.Topic> theirs) {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (PaperDetails.Topic topic : theirs == null ? List.<PaperDetails.Topic>of() : theirs) {
      if (own.contains(topic.slug()) && seen.add(topic.slug())) {
        names.add(topic.name());
      }
    }
    return names;
  }

  private static RelatedPaper.Reason reason(
      RelatednessSignal signal, List<String> sharedTopics, int sharedCitations) {
    String text =
        switch (signal) {
          case MEANING -> "similar topic";
          case TOPICS -> topicsText(sharedTopics);
          case CO_CITATION -> "cited together " + times(sharedCitations);
          case COUPLING ->
              sharedCitations == 1
                  ? "shares 1 reference"
                  : "shares %d references".formatted(sharedCitations);
        };
    return new RelatedPaper.Reason(signal, text);
  }

  private static String times(int count) {
    return count == 1 ? "once" : count + " times";
  }

  private static String topicsText(List<String> names) {
    if (names.isEmpty()) {
      return "shared topics";
    }
    String named = String.join(", ", names.subList(0, Math.min(NAMED_TOPICS, names.size())));
    int more = names.size() - NAMED_TOPICS;
    return names.size() == 1
        ? "shares the topic " + named
        : "shares %d topics: %s%s".formatted(names.size(), named, more > 0 ? " and more" : "");
  }
}
