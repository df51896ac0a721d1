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
 * Papers' TLDRs and their versions: generated from the abstract, edited by people, never
 * overwritten by the generator once a person has edited them.
 */
@Service
public class Tldrs {

  private static final int MAX_LENGTH = 1000;

  private final TldrVersionRepository versions;
  private final Catalog catalog;
  private final TldrGenerator generator;

  Tldrs(TldrVersionRepository versions, Catalog catalog, TldrGenerator generator) {
    this.versions = versions;
    this.catalog = catalog;
    this.generator = generator;
  }

  /** The paper's current TLDR, if it has one. */
  @Transactional(readOnly = true)
  public Optional<TldrVersionView> current(long paperId) {
    return versions.findFirstByPaperIdOrderByVersionDesc(paperId).map(TldrVersion::toView);
  }

  /** Every version of the paper's TLDR, oldest first. */
  @Transactional(readOnly = true)
  public List<TldrVersionView> history(long paperId) {
    return versions.findByPaperIdOrderByVersionAsc(paperId).stream()
        .map(TldrVersion::toView)
        .toList();
  }

  /**
   * Generates the paper's TLDR from its abstract as the catalogue holds it now and stores it as a
   * new version, unless a person's edit is current or the text is the same as before.
   */
  @Transactional
  public TldrOutcome regenerate(long paperId) {
    return catalog.texts(List.of(paperId)).stream()
        .findFirst()
        .map(this::regenerate)
        .orElse(TldrOutcome.NONE);
  }

  /** Regenerates the TLDR of a paper read with others, as {@link #regenerate(long)} does. */
  @Transactional
  TldrOutcome regenerate(PaperText paper) {
    long paperId = paper.id();
    Optional<TldrVersion> latest = versions.findFirstByPaperIdOrderByVersionDesc(paperId);
    if (latest.isPresent() && latest.get().origin() == TldrOrigin.EDITED) {
      return TldrOutcome.KEPT_EDIT;
    }
    Optional<String> tldr = generate(paper);
    if (tldr.isEmpty()) {
      return TldrOutcome.NONE;
    }
    if (latest.isPresent() && latest.get().text().equals(tldr.get())) {
      return TldrOutcome.UNCHANGED;
    }
    store(paperId, latest, tldr.get(), TldrOrigin.GENERATED, null);
    return TldrOutcome.GENERATED;
  }

  /**
   * Stores a person's TLDR as the paper's new current version. Throws {@link TldrEditRejected} if
   * the text is empty or longer than a TLDR may be, {@link NoSuchElementException} if there is no
   * such paper.
   */
  @Transactional
  public TldrVersionView edit(long paperId, String text, String editor) {
    String tldr = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (tldr.isEmpty()) {
      throw new TldrEditRejected("A TLDR cannot be empty.");
    }
    if (Tokens.words(tldr) > TldrCandidate.MAX_WORDS || tldr.length() > MAX_LENGTH) {
      throw new TldrEditRejected(
          "A TLDR has at most %d words; this one has %d."
              .formatted(TldrCandidate.MAX_WORDS, Tokens.words(tldr)));
    }
    if (catalog.paper(paperId).isEmpty()) {
      throw new NoSuchElementException("No paper has id " + paperId);
    }
    Optional<TldrVersion> latest = versions.findFirstByPaperIdOrderByVersionDesc(paperId);
    return store(paperId, latest, tldr, TldrOrigin.EDITED, editor).toView();
  }

  private Optional<String> generate(PaperText paper) {
    List<String> sentences =
        paper.abstractSections().stream()
            .flatMap(section -> SentenceSplitter.split(section.text()).stream())
            .toList();
    return generator.fromSentences(paper.title(), sentences);
  }

  private TldrVersion store(
      long paperId, Optional<TldrVersion> latest, String text, TldrOrigin origin, String author) {
    int next = latest.map(TldrVersion::version).orElse(0) + 1;
    return versions.save(new TldrVersion(paperId, next, text, origin, author, Instant.now()));
  }
}
