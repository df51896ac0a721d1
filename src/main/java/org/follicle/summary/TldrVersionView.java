package org.follicle.summary;

import java.time.Instant;

/**
 * A version of a TLDR or of a plain-language summary as pages and the API show it; {@code author}
 * is null when generated.
 */
public record TldrVersionView(
    int version, String text, TldrOrigin origin, String author, Instant createdAt) {}
