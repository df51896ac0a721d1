package org.follicle.summary;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperText;
import org.springframework.transaction.annotation.Transactional;

/**
 * One kind of versioned summary text of papers (the TLDR, the plain-language summary): generated
 * from the abstract, edited by people, never overwritten by the generator once a person has edited
 * it. A kind says how it is generated, how long an edit may be, and how a version is made.
 */
abstract class SummaryTexts<V extends SummaryTextVersion> {

  private final SummaryTextVersions<V> versions;
  private final Catalog catalog;

  SummaryTexts(SummaryTextVersions<V> versions, Catalog catalog) {
    this.versions = versions;
    this.catalog = catalog;
  }

  /** The text generated from the abstract's sentences, or empty when none fits. */
  abstract Optional<String> generate(String title, List<String> sentences);

  /** Throws {@link TldrEditRejected}, saying why, when a person's text is too long. */
  abstract void checkEditLength(String text);

  /** What an empty edit is told, naming the kind of text. */
  abstract String emptyEditMessage();

  abstract V version(
      long paperId, int version, String text, TldrOrigin origin, String author, Instant at);

  /** The paper's current text, if it has one. */
  @Transactional(readOnly = true)
  public Optional<TldrVersionView> current(long paperId) {
    return versions.findFirstByPaperIdOrderByVersionDesc(paperId).map(V::toView);
  }

  /** Every version of the paper's text, oldest first. */
  @Transactional(readOnly = true)
  public List<TldrVersionView> history(long paperId) {
    return versions.findByPaperIdOrderByVersionAsc(paperId).stream().map(V::toView).toList();
  }

  /**
   * Generates the paper's text from its abstract as the catalogue holds it now and stores it as a
   * new version, unless a person's edit is current or the text is the same as before.
   */
  @Transactional
  public TldrOutcome regenerate(long paperId) {
    return catalog.texts(List.of(paperId)).stream()
        .findFirst()
        .map(this::regenerate)
        .orElse(TldrOutcome.NONE);
  }

  /** Regenerates the text of a paper read with others, as {@link #regenerate(long)} does. */
  @Transactional
  TldrOutcome regenerate(PaperText paper) {
    Optional<V> latest = versions.findFirstByPaperIdOrderByVersionDesc(paper.id());
    if (latest.isPresent() && latest.get().origin() == TldrOrigin.EDITED) {
      return TldrOutcome.KEPT_EDIT;
    }
    List<String> sentences =
        paper.abstractSections().stream()
            .flatMap(section -> SentenceSplitter.split(section.text()).stream())
            .toList();
    Optional<String> text = generate(paper.title(), sentences);
    if (text.isEmpty()) {
      return TldrOutcome.NONE;
    }
    if (latest.isPresent() && latest.get().text().equals(text.get())) {
      return TldrOutcome.UNCHANGED;
    }
    store(paper.id(), latest, text.get(), TldrOrigin.GENERATED, null);
    return TldrOutcome.GENERATED;
  }

  /**
   * Stores a person's text as the paper's new current version. Throws {@link TldrEditRejected} if
   * the text is empty or too long, {@link NoSuchElementException} if there is no such paper.
   */
  @Transactional
  public TldrVersionView edit(long paperId, String text, String editor) {
    String edited = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (edited.isEmpty()) {
      throw new TldrEditRejected(emptyEditMessage());
    }
    checkEditLength(edited);
    if (catalog.paper(paperId).isEmpty()) {
      throw new NoSuchElementException("No paper has id " + paperId);
    }
    Optional<V> latest = versions.findFirstByPaperIdOrderByVersionDesc(paperId);
    return store(paperId, latest, edited, TldrOrigin.EDITED, editor).toView();
  }

  private V store(long paperId, Optional<V> latest, String text, TldrOrigin origin, String author) {
    int next = latest.map(V::version).orElse(0) + 1;
    return versions.save(version(paperId, next, text, origin, author, Instant.now()));
  }
}
