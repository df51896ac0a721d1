package org.follicle.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalogue's entry point for other modules: store records, find papers. */
@Service
public class Catalog {

  private static final int STREAM_BATCH = 500;

  private final PaperUpsert upsert;
  private final PaperRepository papers;
  private final TransactionTemplate readOnly;
  private final PaperQueries queries;

  Catalog(
      PaperUpsert upsert,
      PaperRepository papers,
      PaperQueries queries,
      PlatformTransactionManager transactions) {
    this.upsert = upsert;
    this.queries = queries;
    this.papers = papers;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Stores one record, merging it into the paper it describes if the catalogue has it. */
  @Transactional
  public UpsertOutcome upsert(PaperRecord record) {
    return upsert.upsert(record);
  }

  /**
   * Stores a batch of records in one transaction, as {@link #upsert} would one by one; if one of
   * them fails, the whole batch is rolled back and the exception thrown, so the caller can retry
   * the records one by one to find it.
   */
  @Transactional
  public List<UpsertOutcome> upsertAll(List<PaperRecord> records) {
    return upsert.upsertAll(records);
  }

  /**
   * Deletes the paper with this PMID (PubMed's DeleteCitation) and remembers the PMID, so that an
   * older file cannot bring it back. Returns whether a paper was removed.
   */
  @Transactional
  public boolean deleteByPmid(String pmid) {
    return upsert.delete(Pmid.parse(pmid));
  }

  /** The paper with this id, whole. */
  @Transactional(readOnly = true)
  public Optional<PaperDetails> paper(long id) {
    return papers.findById(id).map(Paper::toDetails);
  }

  /**
   * The title and abstract of those of these papers the catalogue holds, in no particular order:
   * one read for a batch, rather than each paper whole.
   */
  @Transactional(readOnly = true)
  public List<PaperText> texts(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : papers.findAllById(ids).stream().map(Paper::toText).toList();
  }

  /**
   * The records of those of these papers the catalogue holds, by id, in one read-only transaction:
   * what a module that derives data from whole papers (their reference lists, notices) reads.
   */
  @Transactional(readOnly = true)
  public Map<Long, PaperRecord> records(Collection<Long> ids) {
    Map<Long, PaperRecord> records = new HashMap<>();
    if (!ids.isEmpty()) {
      papers.findAllById(ids).forEach(p -> records.put(p.getId(), p.toRecord()));
    }
    return records;
  }

  /** The names on the paper's byline, in order; empty when there is no such paper. */
  @Transactional(readOnly = true)
  public List<String> byline(long id) {
    return papers.findBylineAuthors(id).stream().map(Author::displayName).toList();
  }

  /** The papers with these ids as lists show them, in the order given; missing ids left out. */
  public List<PaperSummary> summaries(List<Long> ids) {
    return ids.isEmpty() ? List.of() : queries.byIds(ids);
  }

  /**
   * The keywords and MeSH categories of each of these papers, in one read: what related research
   * compares papers by.
   */
  @Transactional(readOnly = true)
  public Map<Long, List<PaperDetails.Topic>> topics(Collection<Long> ids) {
    Map<Long, List<PaperDetails.Topic>> topics = new HashMap<>();
    if (ids.isEmpty()) {
      return topics;
    }
    for (List<Object[]> rows :
        List.of(papers.findCategoriesByIdIn(ids), papers.findKeywordsByIdIn(ids))) {
      for (Object[] row : rows) {
        topics
            .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
            .add(new PaperDetails.Topic((String) row[1], (String) row[2], (Boolean) row[3]));
      }
    }
    return topics;
  }

  /** The name of the keyword or MeSH topic with this slug, if any paper has it. */
  @Transactional(readOnly = true)
  public Optional<String> topicName(String slug) {
    return queries.topicName(slug);
  }

  /** The id of the paper with this DOI. */
  @Transactional(readOnly = true)
  public Optional<Long> idByDoi(Doi doi) {
    return papers.findByDoi(doi.value()).map(Paper::getId);
  }

  /** The id of the paper with this PMID. */
  @Transactional(readOnly = true)
  public Optional<Long> idByPmid(String pmid) {
    return papers.findByPmid(Pmid.parse(pmid)).map(Paper::getId);
  }

  /**
   * Every paper, lowest id first, read a batch at a time in short transactions: memory stays flat
   * and no transaction stays open while the caller works.
   */
  public Stream<PaperRecord> allPapers() {
    Iterator<PaperRecord> batches =
        new Iterator<>() {
          private long after;
          private Iterator<PaperRecord> batch = Collections.emptyIterator();
          private boolean exhausted;

          @Override
          public boolean hasNext() {
            if (!batch.hasNext() && !exhausted) {
              List<PaperRecord> records =
                  readOnly.execute(
                      status -> {
                        List<Paper> next = papers.findAfter(after, Limit.of(STREAM_BATCH));
                        exhausted = next.size() < STREAM_BATCH;
                        after = next.isEmpty() ? after : next.get(next.size() - 1).getId();
                        return next.stream().map(Paper::toRecord).toList();
                      });
              batch = records.iterator();
            }
            return batch.hasNext();
          }

          @Override
          public PaperRecord next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return batch.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false);
  }

  /**
   * The ids of at most {@code limit} papers after {@code after}, lowest first: a job that rebuilds
   * derived data walks the catalogue with it a page at a time.
   */
  @Transactional(readOnly = true)
  public List<Long> idsAfter(long after, int limit) {
    return papers.findIdsAfter(after, Limit.of(limit));
  }

  /** How many papers the catalogue holds. */
  @Transactional(readOnly = true)
  public long size() {
    return papers.count();
  }
}
