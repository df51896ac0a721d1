package org.follicle.search;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** One section of a paper's abstract. */
@Embeddable
class IndexedSection {

  @Column(name = "label")
  private String label;

  @Column(name = "body")
  @FullTextField(
      name = "text",
      analyzer = SearchAnalysis.TEXT,
      highlightable = Highlightable.FAST_VECTOR,
      // Offsets for the highlighter, as for the title.
      termVector = TermVector.WITH_POSITIONS_OFFSETS)
  private String body;

  protected IndexedSection() {}

  String body() {
    return body == null ? "" : body;
  }
}
