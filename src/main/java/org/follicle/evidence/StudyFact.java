package org.follicle.evidence;

/** One fact about a study, such as "2972 participants", with the sentence it was read from. */
public record StudyFact(FactKind kind, String value, String sentence) {}
