package org.follicle.citation;

import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;

/** The citation module's entry point for commands: rebuild the links of a whole catalogue. */
@Service
public class Citations {

  private static final int PAGE = 200;

  private final CitationGraph graph;

  Citations(CitationGraph graph) {
    this.graph = graph;
  }

  /**
   * Forgets every link and count and resolves every paper's references again; progress hears how
   * many papers are done. Returns how many papers were read.
   */
  public long rebuild(LongConsumer progress) {
    return graph.rebuild(PAGE, progress);
  }
}
