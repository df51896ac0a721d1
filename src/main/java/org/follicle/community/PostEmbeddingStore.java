package org.follicle.community;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts' embeddings in the database, stored as their floats' bytes, little-endian. */
@Repository
class PostEmbeddingStore {

  /** What the stored embeddings of one model are, to tell whether a cached copy is current. */
  record Version(long count, Instant latest) {}

  private final JdbcClient jdbc;

  PostEmbeddingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The digest of the text the post's embedding by this model was computed from. */
  Optional<String> sourceHash(long postId, String model) {
    return jdbc.sql(
            "select source_hash from community_post_embedding where post_id = ? and model = ?")
        .params(postId, model)
        .query(String.class)
        .optional();
  }

  /**
   * Stores the post's embedding. A post deleted meanwhile fails its foreign key, and the event
   * registry's next run finds no post to embed.
   */
  void save(long postId, String model, String sourceHash, float[] vector, Instant at) {
    int updated =
        jdbc.sql(
                "update community_post_embedding set model = ?, source_hash = ?, vector = ?,"
                    + " embedded_at = ? where post_id = ?")
            .params(model, sourceHash, bytes(vector), Timestamp.from(at), postId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into community_post_embedding (post_id, model, source_hash, vector,"
                  + " embedded_at) values (?, ?, ?, ?, ?)")
          .params(postId, model, sourceHash, bytes(vector), Timestamp.from(at))
          .update();
    }
  }

  Optional<float[]> vector(long postId, String model) {
    return jdbc.sql("select vector from community_post_embedding where post_id = ? and model = ?")
        .params(postId, model)
        .query((rs, row) -> floats(rs.getBytes(1)))
        .optional();
  }

  Version version(String model) {
    return jdbc.sql(
            "select count(*), max(embedded_at) from community_post_embedding where model = ?")
        .param(model)
        .query(
            (rs, row) -> {
              OffsetDateTime latest = rs.getObject(2, OffsetDateTime.class);
              return new Version(rs.getLong(1), latest == null ? null : latest.toInstant());
            })
        .single();
  }

  Map<Long, float[]> vectors(String model) {
    Map<Long, float[]> vectors = new HashMap<>();
    jdbc.sql("select post_id, vector from community_post_embedding where model = ?")
        .param(model)
        .query(
            rs -> {
              vectors.put(rs.getLong(1), floats(rs.getBytes(2)));
            });
    return vectors;
  }

  private static byte[] bytes(float[] vector) {
    ByteBuffer bytes =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }

  private static float[] floats(byte[] bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
