package org.follicle.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored papers, with the orderings the pages and the API list them in. */
interface PaperRepository extends JpaRepository<Paper, Long> {

  /** Newest publication first; undated papers last, ties broken by newest id. */
  String NEWEST_FIRST =
      " order by p.date.year desc nulls last, p.date.month desc nulls last,"
          + " p.date.day desc nulls last, p.id desc";

  Optional<Paper> findByDoi(String doi);

  Optional<Paper> findByPmid(String pmid);

  Optional<Paper> findByPmcid(String pmcid);

  List<Paper> findByTitleKey(String titleKey);

  List<Paper> findByDoiIn(java.util.Collection<String> dois);

  List<Paper> findByPmidIn(java.util.Collection<String> pmids);

  List<Paper> findByPmcidIn(java.util.Collection<String> pmcids);

  @Query("select p from Paper p left join fetch p.journal where p.id > :after order by p.id")
  List<Paper> findAfter(long after, Limit limit);

  @Query("select p.id from Paper p where p.id > :after order by p.id")
  List<Long> findIdsAfter(long after, Limit limit);

  @Query("select p from Paper p left join fetch p.journal" + NEWEST_FIRST)
  List<Paper> findNewest(Limit limit);

  @Query("select p from Paper p left join fetch p.journal where p.id < :before order by p.id desc")
  List<Paper> findBefore(long before, Limit limit);

  @Query("select p from Paper p left join fetch p.journal where p.id in :ids")
  List<Paper> findListByIdIn(java.util.Collection<Long> ids);

  /** The authors of the paper's byline, in order. */
  @Query(
      "select a from Paper p join p.authorships s join s.author a where p.id = :id order by"
          + " index(s)")
  List<Author> findBylineAuthors(long id);

  /** Paper id, then name, slug and whether it is a main topic, of each MeSH category. */
  @Query("select p.id, c.name, c.slug, c.major from Paper p join p.categories c where p.id in :ids")
  List<Object[]> findCategoriesByIdIn(java.util.Collection<Long> ids);

  /** Paper id, then name, slug and whether it is a main topic, of each keyword. */
  @Query("select p.id, k.name, k.slug, k.major from Paper p join p.keywords k where p.id in :ids")
  List<Object[]> findKeywordsByIdIn(java.util.Collection<Long> ids);

  @Query("select p from Paper p left join fetch p.journal where p.doi = :doi")
  List<Paper> findListByDoi(String doi);

  @Query("select p from Paper p left join fetch p.journal where p.pmid = :pmid")
  List<Paper> findListByPmid(String pmid);

  @Query(
      "select p from Paper p left join fetch p.journal where exists"
          + " (select 1 from Paper q join q.authorships a where q = p and a.author.id = :authorId)"
          + NEWEST_FIRST)
  Slice<Paper> findByAuthor(long authorId, Pageable page);

  @Query(
      "select p from Paper p left join fetch p.journal where p.journal.id = :journalId"
          + NEWEST_FIRST)
  Slice<Paper> findByJournal(long journalId, Pageable page);

  @Query(
      "select p from Paper p left join fetch p.journal where"
          + " exists (select 1 from Paper q join q.keywords k where q = p and k.slug = :slug)"
          + " or exists (select 1 from Paper q join q.categories c where q = p and c.slug = :slug)"
          + NEWEST_FIRST)
  Slice<Paper> findByTopic(String slug, Pageable page);

  @Query("select k.name from Paper p join p.keywords k where k.slug = :slug")
  List<String> findKeywordNames(String slug, Limit limit);

  @Query("select c.name from Paper p join p.categories c where c.slug = :slug")
  List<String> findCategoryNames(String slug, Limit limit);

  @Query(
      "select new org.follicle.catalog.TopicCount(k.slug, min(k.name), count(p))"
          + " from Paper p join p.keywords k group by k.slug order by count(p) desc, k.slug")
  List<TopicCount> countKeywords(Limit limit);

  @Query(
      "select new org.follicle.catalog.TopicCount(c.slug, min(c.name), count(p))"
          + " from Paper p join p.categories c group by c.slug order by count(p) desc, c.slug")
  List<TopicCount> countCategories(Limit limit);
}
