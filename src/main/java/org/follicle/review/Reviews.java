package org.follicle.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.follicle.account.AccountView;
import org.follicle.catalog.Catalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ratings and reviews: each write changes the reader's row and the paper's totals in one
 * transaction, holding the lock of the paper's totals row, so concurrent writes add up exactly.
 */
@Service
class Reviews {

  private static final int ATTEMPTS = 5;

  private final ReviewStore store;
  private final Catalog catalog;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int minRaters;

  Reviews(
      ReviewStore store,
      Catalog catalog,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${follicle.reviews.min-raters:3}") int minRaters) {
    this.store = store;
    this.catalog = catalog;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.minRaters = minRaters;
  }

  /** What a write did: the reader's review as stored, and whether it was new. */
  record Written(StoredReview review, boolean created) {}

  /** Rates the paper, or changes the reader's ratings; a review they wrote stays. */
  Written rate(long paperId, AccountView reader, Ratings ratings) {
    requirePaper(paperId);
    return write(
        paperId,
        reader,
        existing ->
            existing
                .map(
                    old ->
                        new ReviewDraft(
                            ratings, old.text(), old.conflictOfInterest(), old.conflictStatement()))
                .orElseGet(() -> new ReviewDraft(ratings, null, false, null)));
  }

  /** Stores the reader's ratings and review, replacing what they had for the paper. */
  Written save(long paperId, AccountView reader, ReviewDraft draft) {
    requirePaper(paperId);
    return write(paperId, reader, existing -> draft);
  }

  /** Replaces the review with this id, which must be the reader's. */
  Written edit(long paperId, long reviewId, AccountView reader, ReviewDraft draft) {
    requireOwn(paperId, reviewId, reader);
    return save(paperId, reader, draft);
  }

  /** Deletes the review (and ratings) with this id, which must be the reader's. */
  void delete(long paperId, long reviewId, AccountView reader) {
    requireOwn(paperId, reviewId, reader);
    retried(
        () -> {
          store.lockTotals(paperId);
          store
              .byId(paperId, reviewId)
              .ifPresent(
                  review -> {
                    store.delete(review.id());
                    store.addToTotals(
                        paperId,
                        RatingTotals.difference(RatingTotals.none(), review.contribution()));
                  });
          return null;
        });
  }

  /** Removes everything an account rated and wrote, and takes it out of the papers' totals. */
  void forget(long accountId) {
    // In the listener's own transaction: if it fails, the event registry runs it again.
    transaction.execute(
        status -> {
          // In paper-id order, so two of these never wait on each other's locks in a cycle.
          for (StoredReview review : store.byAccount(accountId)) {
            store.lockTotals(review.paperId());
            store.delete(review.id());
            store.addToTotals(
                review.paperId(),
                RatingTotals.difference(RatingTotals.none(), review.contribution()));
          }
          return null;
        });
  }

  RatingSummary summary(long paperId) {
    return RatingSummary.of(store.totals(paperId), minRaters);
  }

  Optional<StoredReview> byAuthor(long paperId, long accountId) {
    return store.byAuthor(paperId, accountId);
  }

  Optional<StoredReview> byId(long paperId, long reviewId) {
    return store.byId(paperId, reviewId);
  }

  /** Written reviews of the paper before the given id (null: from the newest), newest first. */
  List<StoredReview> written(long paperId, Long beforeId, int limit) {
    return store.writtenBefore(paperId, beforeId == null ? Long.MAX_VALUE : beforeId, limit);
  }

  List<StoredReview> byAccount(long accountId) {
    return store.byAccount(accountId);
  }

  /** Throws the API's and pages' 404 when the catalogue has no such paper. */
  void requirePaper(long paperId) {
    if (catalog.summaries(List.of(paperId)).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + paperId);
    }
  }

  private void requireOwn(long paperId, long reviewId, AccountView reader) {
    requirePaper(paperId);
    StoredReview review =
        store
            .byId(paperId, reviewId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "Paper %d has no review with id %d".formatted(paperId, reviewId)));
    if (review.accountId() != reader.id()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Review %d is someone else's; only its author may change it".formatted(reviewId));
    }
  }

  private Written write(
      long paperId, AccountView reader, Function<Optional<StoredReview>, ReviewDraft> change) {
    Author author = Author.of(reader);
    return retried(
        () -> {
          store.lockTotals(paperId);
          Optional<StoredReview> existing = store.byAuthor(paperId, author.accountId());
          ReviewDraft draft = change.apply(existing);
          long[] before = existing.map(StoredReview::contribution).orElseGet(RatingTotals::none);
          long id;
          if (existing.isPresent()) {
            id = existing.get().id();
            store.update(id, draft, clock.instant());
          } else {
            id = store.insert(paperId, author, draft, clock.instant());
          }
          store.addToTotals(
              paperId,
              RatingTotals.difference(
                  RatingTotals.contribution(draft.ratings(), draft.text() != null), before));
          store.rename(author);
          return new Written(store.byId(paperId, id).orElseThrow(), existing.isEmpty());
        });
  }

  /**
   * Runs the work in a transaction, again when it lost a race: two first writes to a paper creating
   * its totals row at once (a duplicate key), or a lock wait that timed out or deadlocked.
   */
  private <T> T retried(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> work.get());
      } catch (DuplicateKeyException | ConcurrencyFailureException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
