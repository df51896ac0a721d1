package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored section of an abstract. */
@Embeddable
record AbstractPart(
    @Column(name = "label", length = 200) String label,
    @Column(name = "body", nullable = false, length = 100000) String body) {}
