package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void importsFoldersAndFilesAndNamesEveryProblemWithItsPlace() {
    int exit =
        run(
            "import",
            SharedData.file("csl").toString(),
            SharedData.file("broken/csl-wrong-types.json").toString(),
            "/no/such/file.xml");

    assertThat(exit).as("some inputs were rejected").isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "rejected: "
                + SharedData.file("csl/manubot-empty-csl.json")
                + ", item 1: title: missing")
        .contains(
            "warning: "
                + SharedData.file("broken/csl-wrong-types.json")
                + ", item 2 (id synthetic-2): DOI left out")
        .contains("rejected: /no/such/file.xml: no such file");
    assertThat(out.toString().strip())
        .matches("imported \\d+, updated \\d+, unchanged \\d+, deleted 0, rejected 4");
  }

  @Test
  void importingTheSameFileAgainChangesNothingAndExitsZero() {
    String file = SharedData.file("csl/commonmeta-csl-list.json").toString();
    run("import", file);
    out.getBuffer().setLength(0);

    assertThat(run("import", file)).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("imported 0, updated 0, unchanged 17, deleted 0, rejected 0");
  }

  @Test
  void readsGzipWhateverTheFileIsCalled(@TempDir Path dir) throws IOException {
    byte[] csl = Files.readAllBytes(SharedData.file("csl/manubot-input-bibliography.json"));
    gzip(csl, dir.resolve("bibliography.json.gz"));
    gzip(csl, dir.resolve("bibliography.data"));

    assertThat(run("import", dir.toString())).isZero();
    assertThat(out.toString().strip())
        .matches("imported \\d, updated \\d, unchanged \\d, deleted 0, rejected 0");
    assertThat(err.toString()).contains("read 6 records");
  }

  @Test
  void refusesAnUnknownFormatWithExitCode1() {
    assertThat(run("import", "--format", "endnote-x9", "whatever.enl")).isEqualTo(1);
    assertThat(err.toString()).contains("Unknown format 'endnote-x9'; known: [");
  }

  private static void gzip(byte[] content, Path target) throws IOException {
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(target))) {
      gz.write(content);
    }
  }

  private int run(String... args) {
    CommandLine command = FollicleCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
