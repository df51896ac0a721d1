/**
 * Evidence: structured study facts (design, sample size, ages, sex, condition, intervention with
 * dose, comparator, duration, outcome measures, response rates, adverse events), each with the
 * sentence it came from, extracted from the catalogue's abstracts on import and shown on the paper
 * page and in the API; moderators' corrections of those facts with their history, which
 * re-extraction never overwrites; treatment pages that pool the facts as corrected, and visual
 * abstracts. Depends on the catalogue (papers and their texts) and on accounts (who may correct,
 * rate limits).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.follicle.evidence;
