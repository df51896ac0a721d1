package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored retraction, correction or expression-of-concern notice. */
@Embeddable
record NoticeEntry(
    @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 40)
        PaperRecord.NoticeKind kind,
    @Column(name = "description", length = 4000) String description,
    @Column(name = "doi", length = 500) String doi,
    @Column(name = "pmid", length = 20) String pmid) {}
