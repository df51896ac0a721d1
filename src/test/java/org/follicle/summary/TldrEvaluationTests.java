package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.follicle.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TldrEvaluationTests {

  /**
   * The scorer reproduces the reference figure of the lead sentence on SciTLDR-A dev (27.2,
   * computed independently of Follicle), and Follicle's TLDRs beat it by a wide margin.
   */
  @Test
  void scoresTheDevSetAsTheReferenceScorerDoes(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("tldrs.jsonl");

    TldrEvaluation.Result result =
        new TldrEvaluation().run(SharedData.file("eval/scitldr/SciTLDR-A/dev.jsonl"), out);

    assertThat(result.papers()).isEqualTo(619);
    assertThat(result.scored()).isEqualTo(619);
    assertThat(result.lead().rouge1() * 100).isCloseTo(27.2, within(0.05));
    assertThat(result.follicle().rouge1() * 100).isGreaterThan(35);
    assertThat(Files.readAllLines(out)).hasSize(619).allMatch(l -> l.startsWith("{\"id\":"));
  }

  @Test
  void readsOnlyTheIdTitleAndSourceToWriteTldrs(@TempDir Path dir) throws IOException {
    Path withAnswers = dir.resolve("with.jsonl");
    Path stripped = dir.resolve("without.jsonl");
    Files.writeString(
        withAnswers,
        "{\"paper_id\":\"a\",\"title\":\"T\",\"source\":[\"We show one thing here.\","
            + "\"We propose another thing entirely.\"],\"source_labels\":[1,0],"
            + "\"rouge_scores\":[0.9,0.1],\"target\":[\"We show one thing here.\"]}\n");
    Files.writeString(
        stripped,
        "{\"paper_id\":\"a\",\"title\":\"T\",\"source\":[\"We show one thing here.\","
            + "\"We propose another thing entirely.\"]}\n");

    new TldrEvaluation().run(withAnswers, dir.resolve("1.jsonl"));
    new TldrEvaluation().run(stripped, dir.resolve("2.jsonl"));

    assertThat(Files.readString(dir.resolve("1.jsonl")))
        .isEqualTo(Files.readString(dir.resolve("2.jsonl")));
  }
}
