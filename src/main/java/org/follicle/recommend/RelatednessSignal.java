package org.follicle.recommend;

/** A reason two papers are related, each ranked on its own before they are blended. */
public enum RelatednessSignal {
  /** Their titles and abstracts are close in meaning (sentence embeddings). */
  MEANING,
  /** They share MeSH headings and keywords, rare ones counting more. */
  TOPICS,
  /** Other papers cite them together (co-citation). */
  CO_CITATION,
  /** Their reference lists share papers (bibliographic coupling). */
  COUPLING;

  /** The name used in the API and in evaluation output. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
