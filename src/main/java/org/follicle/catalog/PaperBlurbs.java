package org.follicle.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * One-line accounts of papers (their TLDRs) that lists show under each title, provided by the
 * module that writes them, so the catalogue need not know it.
 */
public interface PaperBlurbs {

  /** The blurbs of those of these papers that have one, by paper id. */
  Map<Long, String> of(Collection<Long> paperIds);
}
