package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RelinkCommandTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  @Tag("embedded")
  void relinkResolvesTheReferencesOfEveryPaperAgain(@TempDir Path dataDir) {
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

    assertThat(run("relink", embedded[0], embedded[1], embedded[2])).as(err::toString).isZero();

    assertThat(out.toString()).startsWith("relinked the references of 2 papers in ");
  }

  private int run(String... args) {
    CommandLine command = FollicleCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
