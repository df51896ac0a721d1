package org.follicle.request;

import java.util.List;

/**
 * How an account answers other people's requests for resources.
 *
 * @param requestsAnswered how many requests of others it answered
 * @param medianHoursToAnswer the median hours from a request to its first answer, null for none
 * @param requests those requests, the most recently answered first
 */
public record AnswerStatistics(
    int requestsAnswered, Double medianHoursToAnswer, List<AnsweredRequest> requests) {}
