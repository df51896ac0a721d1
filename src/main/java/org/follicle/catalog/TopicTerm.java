package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A keyword or category of one paper, stored with the slug its topic page is found by. */
@Embeddable
record TopicTerm(
    @Column(name = "name", nullable = false, length = 1000) String name,
    @Column(name = "slug", nullable = false, length = 200) String slug,
    @Column(name = "major", nullable = false) boolean major) {

  static TopicTerm of(String name, boolean major) {
    return new TopicTerm(name, TopicSlug.of(name), major);
  }

  PaperDetails.Topic toTopic() {
    return new PaperDetails.Topic(name, slug, major);
  }
}
