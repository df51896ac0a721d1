package org.follicle.summary;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Papers' plain-language summaries and their versions: generated from the abstract, edited by
 * people, never overwritten by the generator once a person has edited them.
 */
@Service
public class PlainSummaries {

  /** An edited summary may be longer than a generated one, but not unbounded. */
  static final int MAX_WORDS = 150;

  private static final int MAX_LENGTH = 4000;

  private final PlainSummaryVersionRepository versions;
  private final Catalog catalog;
  private final PlainSummaryGenerator generator;

  PlainSummaries(
      PlainSummaryVersionRepository versions, Catalog catalog, PlainSummaryGenerator generator) {
    this.versions = versions;
    this.catalog = catalog;
    this.generator = generator;
  }

  /** The paper's current plain-language summary, if it has one. */
  @Transactional(readOnly = true)
  public Optional<TldrVersionView> current(long paperId) {
    return versions.findFirstByPaperIdOrderByVersionDesc(paperId).map(PlainSummaryVersion::toView);
  }

  /** Every version of the paper's plain-language summary, oldest first. */
  @Transactional(readOnly = true)
  public List<TldrVersionView> history(long paperId) {
    return versions.findByPaperIdOrderByVersionAsc(paperId).stream()
        .map(PlainSummaryVersion::toView)
        .toList();
  }

  /**
   * Generates the paper's summary from its abstract as the catalogue holds it now and stores it as
   * a new version, unless a person's edit is current or the text is the same as before.
   */
  @Transactional
  public TldrOutcome regenerate(long paperId) {
    return catalog.texts(List.of(paperId)).stream()
        .findFirst()
        .map(this::regenerate)
        .orElse(TldrOutcome.NONE);
  }

  /** Regenerates the summary of a paper read with others, as {@link #regenerate(long)} does. */
  @Transactional
  TldrOutcome regenerate(PaperText paper) {
    Optional<PlainSummaryVersion> latest =
        versions.findFirstByPaperIdOrderByVersionDesc(paper.id());
    if (latest.isPresent() && latest.get().origin() == TldrOrigin.EDITED) {
      return TldrOutcome.KEPT_EDIT;
    }
    List<String> sentences =
        paper.abstractSections().stream()
            .flatMap(section -> SentenceSplitter.split(section.text()).stream())
            .toList();
    Optional<String> summary = generator.fromSentences(sentences);
    if (summary.isEmpty()) {
      return TldrOutcome.NONE;
    }
    if (latest.isPresent() && latest.get().text().equals(summary.get())) {
      return TldrOutcome.UNCHANGED;
    }
    store(paper.id(), latest, summary.get(), TldrOrigin.GENERATED, null);
    return TldrOutcome.GENERATED;
  }

  /**
   * Stores a person's summary as the paper's new current version. Throws {@link TldrEditRejected}
   * if the text is empty or longer than a summary may be, {@link NoSuchElementException} if there
   * is no such paper.
   */
  @Transactional
  public TldrVersionView edit(long paperId, String text, String editor) {
    String summary = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (summary.isEmpty()) {
      throw new TldrEditRejected("A plain-language summary cannot be empty.");
    }
    if (Tokens.words(summary) > MAX_WORDS || summary.length() > MAX_LENGTH) {
      throw new TldrEditRejected(
          "A plain-language summary has at most %d words and %d characters; this one has %d words and %d characters."
              .formatted(MAX_WORDS, MAX_LENGTH, Tokens.words(summary), summary.length()));
    }
    if (catalog.paper(paperId).isEmpty()) {
      throw new NoSuchElementException("No paper has id " + paperId);
    }
    Optional<PlainSummaryVersion> latest = versions.findFirstByPaperIdOrderByVersionDesc(paperId);
    return store(paperId, latest, summary, TldrOrigin.EDITED, editor).toView();
  }

  private PlainSummaryVersion store(
      long paperId,
      Optional<PlainSummaryVersion> latest,
      String text,
      TldrOrigin origin,
      String author) {
    int next = latest.map(PlainSummaryVersion::version).orElse(0) + 1;
    return versions.save(
        new PlainSummaryVersion(paperId, next, text, origin, author, Instant.now()));
  }
}
