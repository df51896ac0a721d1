package org.follicle.request;

import java.time.Instant;

/**
 * A request an account answered.
 *
 * @param kind what was asked for ({@code data}, {@code code}, {@code protocol}, {@code full-text},
 *     {@code other})
 * @param status where it stands now ({@code open}, {@code answered}, {@code declined})
 * @param askedAt when it was asked
 * @param firstAnsweredAt when the account first answered it
 */
public record AnsweredRequest(
    long requestId,
    long paperId,
    String kind,
    String status,
    Instant askedAt,
    Instant firstAnsweredAt) {}
