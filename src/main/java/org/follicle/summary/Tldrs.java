package org.follicle.summary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;

/**
 * Papers' TLDRs and their versions: generated from the abstract, edited by people, never
 * overwritten by the generator once a person has edited them.
 */
@Service
public class Tldrs extends SummaryTexts<TldrVersion> {

  private static final int MAX_LENGTH = 1000;

  private final TldrGenerator generator;

  Tldrs(TldrVersionRepository versions, Catalog catalog, TldrGenerator generator) {
    super(versions, catalog);
    this.generator = generator;
  }

  @Override
  Optional<String> generate(String title, List<String> sentences) {
    return generator.fromSentences(title, sentences);
  }

  @Override
  void checkEditLength(String tldr) {
    if (Tokens.words(tldr) > TldrCandidate.MAX_WORDS || tldr.length() > MAX_LENGTH) {
      throw new TldrEditRejected(
          "A TLDR has at most %d words; this one has %d."
              .formatted(TldrCandidate.MAX_WORDS, Tokens.words(tldr)));
    }
  }

  @Override
  String emptyEditMessage() {
    return "A TLDR cannot be empty.";
  }

  @Override
  TldrVersion version(
      long paperId, int version, String text, TldrOrigin origin, String author, Instant at) {
    return new TldrVersion(paperId, version, text, origin, author, at);
  }
}
