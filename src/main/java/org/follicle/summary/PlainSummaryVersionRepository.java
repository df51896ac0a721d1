package org.follicle.summary;

/** The stored versions of plain-language summaries. */
interface PlainSummaryVersionRepository extends SummaryTextVersions<PlainSummaryVersion> {}
