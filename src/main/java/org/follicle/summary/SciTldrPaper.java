package org.follicle.summary;

import java.util.List;

/**
 * One line of a SciTLDR-format JSONL file: what a TLDR may be made from (id, title, abstract
 * sentences) and, apart, the reference TLDRs it is scored against, empty when the file has none.
 */
record SciTldrPaper(String paperId, String title, List<String> source, List<String> targets) {}
