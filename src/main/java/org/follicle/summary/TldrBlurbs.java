package org.follicle.summary;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.follicle.catalog.PaperBlurbs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current TLDRs of papers, for the lists of the catalogue and the search results. */
@Component
@Transactional(readOnly = true)
class TldrBlurbs implements PaperBlurbs {

  private final TldrVersionRepository versions;

  TldrBlurbs(TldrVersionRepository versions) {
    this.versions = versions;
  }

  @Override
  public Map<Long, String> of(Collection<Long> paperIds) {
    return versions.findCurrentByPaperIdIn(paperIds).stream()
        .collect(Collectors.toMap(TldrVersion::paperId, TldrVersion::text, (a, b) -> a));
  }
}
