package org.follicle.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists the catalogue's pages and API show, read in one transaction each. */
@Component
@Transactional(readOnly = true)
class PaperQueries {

  static final int PAGE_SIZE = 20;

  /** Ids per count query when a whole topic is ordered by citations (bind-parameter limits). */
  private static final int COUNT_CHUNK = 1000;

  private final PaperRepository papers;
  private final AuthorRepository authors;
  private final JournalRepository journals;

  private final ObjectProvider<PaperBlurbs> blurbs;
  private final ObjectProvider<PaperCitationCounts> citationCounts;

  PaperQueries(
      PaperRepository papers,
      AuthorRepository authors,
      JournalRepository journals,
      ObjectProvider<PaperBlurbs> blurbs,
      ObjectProvider<PaperCitationCounts> citationCounts) {
    this.papers = papers;
    this.authors = authors;
    this.journals = journals;
    this.blurbs = blurbs;
    this.citationCounts = citationCounts;
  }

  List<PaperSummary> newest(int limit) {
    return summaries(papers.findNewest(Limit.of(limit)));
  }

  /** Papers with an id below {@code before} (all when null), highest id first. */
  List<PaperSummary> before(Long before, int limit) {
    return summaries(papers.findBefore(before == null ? Long.MAX_VALUE : before, Limit.of(limit)));
  }

  /** The papers with these ids, in the order given; ids no longer in the catalogue are left out. */
  List<PaperSummary> byIds(List<Long> ids) {
    Map<Long, PaperSummary> found = new HashMap<>();
    summaries(papers.findListByIdIn(ids)).forEach(s -> found.put(s.id(), s));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  List<PaperSummary> byDoi(Doi doi) {
    return summaries(papers.findListByDoi(doi.value()));
  }

  List<PaperSummary> byPmid(String pmid) {
    return summaries(papers.findListByPmid(pmid));
  }

  Optional<Listing> byAuthor(long id, int page) {
    return authors
        .findById(id)
        .map(a -> listing(a.displayName(), papers.findByAuthor(id, pageOf(page))));
  }

  Optional<Listing> byJournal(long id, int page) {
    return journals
        .findById(id)
        .map(j -> listing(j.getName(), papers.findByJournal(id, pageOf(page))));
  }

  Optional<Listing> byTopic(String slug, int page) {
    return topicName(slug).map(name -> listing(name, papers.findByTopic(slug, pageOf(page))));
  }

  /**
   * A topic's papers most cited first, newest first among equals. The counts come from another
   * module's tables, so the topic's ids are read whole and ordered here, in chunks of ids.
   */
  Optional<Listing> byTopicMostCited(String slug, int page) {
    return topicName(slug).map(name -> mostCited(name, papers.findIdsByTopic(slug), page));
  }

  private Listing mostCited(String name, List<Long> newestFirst, int page) {
    Map<Long, Integer> counts = new HashMap<>();
    PaperCitationCounts provider = citationCounts.getIfAvailable();
    for (int from = 0; provider != null && from < newestFirst.size(); from += COUNT_CHUNK) {
      counts.putAll(
          provider.citedBy(
              newestFirst.subList(from, Math.min(newestFirst.size(), from + COUNT_CHUNK))));
    }
    List<Long> ordered =
        newestFirst.stream()
            .sorted(Comparator.comparingInt((Long id) -> counts.getOrDefault(id, 0)).reversed())
            .toList();
    int shown = Math.max(page, 0);
    int from = (int) Math.min((long) shown * PAGE_SIZE, ordered.size());
    int to = Math.min(from + PAGE_SIZE, ordered.size());
    return new Listing(name, byIds(ordered.subList(from, to)), shown, to < ordered.size());
  }

  Optional<String> topicName(String slug) {
    return papers.findKeywordNames(slug, Limit.of(1)).stream()
        .findFirst()
        .or(() -> papers.findCategoryNames(slug, Limit.of(1)).stream().findFirst());
  }

  List<TopicCount> keywordTopics(int limit) {
    return papers.countKeywords(Limit.of(limit));
  }

  List<TopicCount> categoryTopics(int limit) {
    return papers.countCategories(Limit.of(limit));
  }

  Optional<PaperRecord.Journal> journal(long id) {
    return journals.findById(id).map(Journal::toRecord);
  }

  Optional<String> orcidOf(long authorId) {
    return authors.findById(authorId).map(a -> a.toRecord(null).orcid());
  }

  private static PageRequest pageOf(int page) {
    return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
  }

  private Listing listing(String name, Slice<Paper> slice) {
    return new Listing(name, summaries(slice.getContent()), slice.getNumber(), slice.hasNext());
  }

  private List<PaperSummary> summaries(List<Paper> found) {
    return withCitedBy(withTldrs(found.stream().map(Paper::toSummary).toList()));
  }

  private List<PaperSummary> withTldrs(List<PaperSummary> summaries) {
    PaperBlurbs provider = blurbs.getIfAvailable();
    if (provider == null || summaries.isEmpty()) {
      return summaries;
    }
    Map<Long, String> tldrs = provider.of(summaries.stream().map(PaperSummary::id).toList());
    return summaries.stream().map(s -> s.withTldr(tldrs.get(s.id()))).toList();
  }

  /** Adds every listed paper's cited-by count with one query for the whole list. */
  private List<PaperSummary> withCitedBy(List<PaperSummary> summaries) {
    PaperCitationCounts provider = citationCounts.getIfAvailable();
    if (provider == null || summaries.isEmpty()) {
      return summaries;
    }
    Map<Long, Integer> counts = provider.citedBy(summaries.stream().map(PaperSummary::id).toList());
    return summaries.stream().map(s -> s.withCitedBy(counts.getOrDefault(s.id(), 0))).toList();
  }

  /** One page of papers under a named heading (an author, a journal, a topic). */
  record Listing(String name, List<PaperSummary> papers, int page, boolean hasNext) {}
}
