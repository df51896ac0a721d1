package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the paper page shows of a TLDR or a plain-language summary: the current text and every
 * version with its changes.
 */
record TldrSection(
    long paperId, TldrVersionView current, List<ShownVersion> history, boolean editable) {

  /** A version, newest first on the page, with what it changed against the one before. */
  record ShownVersion(TldrVersionView version, List<WordDiff.Piece> changes) {}

  /**
   * The section for versions given oldest first, or empty when there are none; editable when the
   * visitor may edit it.
   */
  static Optional<TldrSection> of(long paperId, List<TldrVersionView> versions, boolean editable) {
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    List<ShownVersion> shown = new ArrayList<>();
    String before = "";
    for (TldrVersionView version : versions) {
      shown.add(0, new ShownVersion(version, WordDiff.between(before, version.text())));
      before = version.text();
    }
    return Optional.of(
        new TldrSection(paperId, versions.get(versions.size() - 1), shown, editable));
  }
}
