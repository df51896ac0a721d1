package org.follicle.summary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;

/**
 * Papers' plain-language summaries and their versions: generated from the abstract, edited by
 * people, never overwritten by the generator once a person has edited them.
 */
@Service
public class PlainSummaries extends SummaryTexts<PlainSummaryVersion> {

  /** An edited summary may be longer than a generated one, but not unbounded. */
  static final int MAX_WORDS = 150;

  private static final int MAX_LENGTH = 4000;

  private final PlainSummaryGenerator generator;

  PlainSummaries(
      PlainSummaryVersionRepository versions, Catalog catalog, PlainSummaryGenerator generator) {
    super(versions, catalog);
    this.generator = generator;
  }

  @Override
  Optional<String> generate(String title, List<String> sentences) {
    return generator.fromSentences(sentences);
  }

  @Override
  void checkEditLength(String summary) {
    if (Tokens.words(summary) > MAX_WORDS || summary.length() > MAX_LENGTH) {
      throw new TldrEditRejected(
          ("A plain-language summary has at most %d words and %d characters; this one has %d words"
                  + " and %d characters.")
              .formatted(MAX_WORDS, MAX_LENGTH, Tokens.words(summary), summary.length()));
    }
  }

  @Override
  String emptyEditMessage() {
    return "A plain-language summary cannot be empty.";
  }

  @Override
  PlainSummaryVersion version(
      long paperId, int version, String text, TldrOrigin origin, String author, Instant at) {
    return new PlainSummaryVersion(paperId, version, text, origin, author, at);
  }
}
