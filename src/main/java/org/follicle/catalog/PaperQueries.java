package org.follicle.catalog;

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

  private final PaperRepository papers;
  private final AuthorRepository authors;
  private final JournalRepository journals;

  private final ObjectProvider<PaperBlurbs> blurbs;
  private final ObjectProvider<PaperCitationCounts> citationCounts;
  private final ObjectProvider<MostCitedInTopic> mostCitedInTopic;

  PaperQueries(
      PaperRepository papers,
      AuthorRepository authors,
      JournalRepository journals,
      ObjectProvider<PaperBlurbs> blurbs,
      ObjectProvider<PaperCitationCounts> citationCounts,
      ObjectProvider<MostCitedInTopic> mostCitedInTopic) {
    this.papers = papers;
    this.authors = authors;
    this.journals = journals;
    this.blurbs = blurbs;
    this.citationCounts = citationCounts;
    this.mostCitedInTopic = mostCitedInTopic;
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
   * A topic's papers most cited first, newest first among equals: one page read from the search
   * index, which keeps the counts; newest first only, without an index to ask.
   */
  Optional<Listing> byTopicMostCited(String slug, int page) {
    MostCitedInTopic index = mostCitedInTopic.getIfAvailable();
    if (index == null) {
      return byTopic(slug, page);
    }
    return topicName(slug)
        .map(
            name -> {
              int shown = Math.max(page, 0);
              MostCitedInTopic.TopicPage found =
                  index.page(slug, Math.multiplyExact(shown, PAGE_SIZE), PAGE_SIZE);
              return new Listing(name, byIds(found.paperIds()), shown, found.hasNext());
            });
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
