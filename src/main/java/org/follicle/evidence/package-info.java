/**
 * Evidence: structured study facts (design, sample size, ages, sex, condition, intervention with
 * dose, comparator, duration, outcome measures, response rates, adverse events), each with the
 * sentence it came from, extracted from the catalogue's abstracts on import and shown on the paper
 * page and in the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.follicle.evidence;
