package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands that rebuild derived data of a stored catalogue: reextract and relink. */
@Tag("embedded")
class RebuildCommandTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void reextractReadsTheFactsOfEveryPaperAgain(@TempDir Path dataDir) {
    assertThat(runOnTheDemo(dataDir, "reextract")).startsWith("extracted 2 papers in ");
  }

  @Test
  void relinkResolvesTheReferencesOfEveryPaperAgain(@TempDir Path dataDir) {
    assertThat(runOnTheDemo(dataDir, "relink"))
        .startsWith("relinked the references of 2 papers in ");
  }

  /** Imports the demo into an embedded catalogue, runs the command on it and gives its output. */
  private String runOnTheDemo(Path dataDir, String command) {
    String[] embedded = {"--data-dir", dataDir.toString(), "--spring.profiles.active=default"};
    assertThat(
            run(
                "import",
                "src/main/resources/demo/seed-studies.csl.json",
                embedded[0],
                embedded[1],
                embedded[2]))
        .as(err::toString)
        .isZero();
    out.getBuffer().setLength(0);
    assertThat(run(command, embedded[0], embedded[1], embedded[2])).as(err::toString).isZero();
    return out.toString();
  }

  private int run(String... args) {
    CommandLine command = FollicleCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
