package org.follicle.summary;

import java.util.List;

/** What the paper page shows of a TLDR: the current text and every version with its changes. */
record TldrSection(long paperId, TldrVersionView current, List<ShownVersion> history) {

  /** A version, newest first on the page, with what it changed against the one before. */
  record ShownVersion(TldrVersionView version, List<WordDiff.Piece> changes) {}
}
