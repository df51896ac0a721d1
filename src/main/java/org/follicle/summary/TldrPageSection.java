package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.stereotype.Component;

/** The TLDR on the paper page, under the title: who wrote it, its versions and their changes. */
@Component
class TldrPageSection implements PaperPageSection {

  private final Tldrs tldrs;

  TldrPageSection(Tldrs tldrs) {
    this.tldrs = tldrs;
  }

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "summary/paper-tldr";
  }

  @Override
  public Optional<TldrSection> content(long paperId) {
    List<TldrVersionView> versions = tldrs.history(paperId);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    List<TldrSection.ShownVersion> shown = new ArrayList<>();
    String before = "";
    for (TldrVersionView version : versions) {
      shown.add(0, new TldrSection.ShownVersion(version, WordDiff.between(before, version.text())));
      before = version.text();
    }
    return Optional.of(new TldrSection(paperId, versions.get(versions.size() - 1), shown));
  }
}
