package org.follicle.summary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the TLDR generator over a SciTLDR-format file: writes one {@code {"id", "tldr"}} line per
 * paper and, for the papers with reference TLDRs, averages the ROUGE of Follicle's TLDR and of the
 * lead sentence. The prediction sees only the id, the title and the abstract sentences.
 */
public final class TldrEvaluation {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TldrGenerator generator;

  /** An evaluation of the shipped model. */
  public TldrEvaluation() {
    this(new TldrGenerator());
  }

  TldrEvaluation(TldrGenerator generator) {
    this.generator = generator;
  }

  /** The papers read, how many had references, and the mean scores over those. */
  public record Result(
      int papers, int scored, int withoutTldr, RougeScore follicle, RougeScore lead) {}

  /** Evaluates {@code input}, writing the TLDRs to {@code output} when it is not null. */
  public Result run(Path input, Path output) throws IOException {
    Writer out = output == null ? Writer.nullWriter() : writer(output);
    int[] counts = new int[3];
    RougeScore[] sums = {RougeScore.ZERO, RougeScore.ZERO};
    try (out) {
      SciTldrFile.read(
          input,
          paper -> {
            String tldr = generator.fromSentences(paper.title(), paper.source()).orElse("");
            write(out, paper.paperId(), tldr);
            counts[0]++;
            counts[2] += tldr.isEmpty() ? 1 : 0;
            if (!paper.targets().isEmpty()) {
              counts[1]++;
              sums[0] = sums[0].plus(Rouge.best(tldr, paper.targets()));
              sums[1] =
                  sums[1].plus(
                      Rouge.best(TldrGenerator.leadSentence(paper.source()), paper.targets()));
            }
          });
    }
    double scored = Math.max(1, counts[1]);
    return new Result(
        counts[0], counts[1], counts[2], sums[0].dividedBy(scored), sums[1].dividedBy(scored));
  }

  private static Writer writer(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
  }

  private static void write(Writer out, String id, String tldr) {
    Map<String, String> line = new LinkedHashMap<>();
    line.put("id", id);
    line.put("tldr", tldr);
    try {
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
