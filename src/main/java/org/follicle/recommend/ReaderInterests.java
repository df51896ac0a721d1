package org.follicle.recommend;

import java.util.List;

/**
 * What one module knows a reader showed interest in (papers they rated, saved, claimed or
 * discussed): the seeds of "Recommended for you". Modules implement it so that this module need not
 * depend on them.
 */
public interface ReaderInterests {

  /** The papers this account showed interest in, as this module knows them, in any order. */
  List<ReaderInterest> of(long accountId);
}
