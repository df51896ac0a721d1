package org.follicle.recommend;

import java.time.Instant;

/**
 * A paper a reader showed interest in, how strongly, and why, worded for a card ("you saved it").
 *
 * @param weight from 0 to 1: how much papers related to this one should be recommended; 0 for a
 *     paper the reader knows but did not like (a low rating), which is then only left out
 * @param reason what the reader did, about the paper as "it": "you rated it 5★"
 * @param at when they did it; the latest interests count first when there are many
 */
public record ReaderInterest(long paperId, double weight, String reason, Instant at) {

  public ReaderInterest {
    if (weight < 0 || weight > 1) {
      throw new IllegalArgumentException("weight must be from 0 to 1, not " + weight);
    }
  }
}
