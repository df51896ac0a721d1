package org.follicle.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The sentence model of dense search: bge-small-en-v1.5, quantised, read from its Maven jar. It is
 * loaded on first use, so commands that never embed never pay for it.
 */
@Component
class SentenceModel {

  /** Stored with each embedding: a vector from another model is computed again. */
  static final String NAME = "bge-small-en-v1.5-q";

  static final int DIMENSION = 384;

  /** The model's authors advise this instruction in front of short retrieval queries. */
  private static final String QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";

  private final SingletonSupplier<EmbeddingModel> model =
      SingletonSupplier.of(BgeSmallEnV15QuantizedEmbeddingModel::new);

  /** The vector of a reader's query. */
  float[] query(String text) {
    return model.obtain().embed(QUERY_INSTRUCTION + text).content().vector();
  }

  /** The vectors of passages (a paper's title and abstract), in their order. */
  List<float[]> passages(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return model.obtain().embedAll(segments).content().stream().map(Embedding::vector).toList();
  }
}
