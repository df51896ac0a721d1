package org.follicle.citation;

import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;

/**
 * The citation module's entry point for other modules and commands: papers related through the
 * citation graph, and the rebuild of a whole catalogue's links.
 */
@Service
public class Citations {

  private final CitationGraph graph;
  private final CitationStore store;

  Citations(CitationGraph graph, CitationStore store) {
    this.graph = graph;
    this.store = store;
  }

  /** A paper related to another through the citation graph, and how many citations they share. */
  public record Shared(long paperId, int count) {}

  /**
   * Co-citation: the papers most often cited together with this one (in the same reference list),
   * most often first, at most {@code limit}.
   */
  public List<Shared> citedTogether(long paperId, int limit) {
    return store.citedTogether(paperId, limit);
  }

  /**
   * Bibliographic coupling: the papers sharing the most references with this one, most first, at
   * most {@code limit}.
   */
  public List<Shared> sharingReferences(long paperId, int limit) {
    return store.sharingReferences(paperId, limit);
  }

  /**
   * Forgets every link and count and resolves every paper's references again; progress hears how
   * many papers are done. Returns how many papers were read.
   */
  public long rebuild(LongConsumer progress) {
    return graph.rebuild(progress);
  }
}
