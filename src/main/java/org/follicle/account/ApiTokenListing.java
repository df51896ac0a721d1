package org.follicle.account;

import java.time.Instant;

/**
 * A personal API token as its owner sees it in lists and in the data export: never its secret nor
 * its hash, only the first characters of the secret to recognise it.
 */
record ApiTokenListing(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt) {}
