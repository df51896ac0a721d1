package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import process with SIGKILL in the middle of its work and runs it again: the
 * catalogue ends with every record exactly once. Embedded only: it drives the H2 file database that
 * a killed process leaves behind.
 */
@Tag("embedded")
class ImportCrashTests {

  private static final int COPIES = 10;
  private static final Pattern RECORD =
      Pattern.compile("<MedlineCitation .*?</MedlineCitation>", Pattern.DOTALL);

  @Test
  void anImportKilledMidwayFinishesOnTheNextRunWithEveryRecordOnce(@TempDir Path dir)
      throws Exception {
    Path corpus = dir.resolve("corpus.xml");
    int records = synthesise(corpus);
    Path dataDir = dir.resolve("data");
    Path database = dataDir.resolve("db/follicle.mv.db");

    Process first = start(dir, "import", "--data-dir", dataDir.toString(), corpus.toString());
    long sizeWhenKilled = waitForGrowth(database, first);
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    Result second = run(dir, "import", "--data-dir", dataDir.toString(), corpus.toString());
    Result third = run(dir, "import", "--data-dir", dataDir.toString(), corpus.toString());
    Result export =
        run(
            dir,
            "export",
            "--format",
            "ris",
            "--data-dir",
            dataDir.toString(),
            "-o",
            dir.resolve("all.ris").toString());

    assertThat(sizeWhenKilled).as("killed while writing").isPositive();
    assertThat(second.exit()).isZero();
    assertThat(imported(second.out()) + unchanged(second.out()))
        .as("second run stores what was left")
        .isEqualTo(records);
    assertThat(imported(second.out()))
        .as("the first run had stored some before it was killed")
        .isLessThan(records);
    assertThat(third.out().strip())
        .isEqualTo("imported 0, updated 0, unchanged %d, deleted 0, rejected 0".formatted(records));
    assertThat(export.err()).contains("exported %,d papers".formatted(records));
    assertThat(indexedPapers(dataDir))
        .as("the search index holds every paper once, the killed run's pending batches included")
        .isEqualTo(records);
  }

  private static int indexedPapers(Path dataDir) throws IOException {
    try (Directory index = FSDirectory.open(dataDir.resolve("index/paper"));
        DirectoryReader reader = DirectoryReader.open(index)) {
      return reader.numDocs();
    }
  }

  /**
   * Copies of a real MEDLINE update file, each record with a fresh PMID and no other identifier.
   */
  private static int synthesise(Path target) throws IOException {
    String source;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(SharedData.file("pubmed/legacy/medline16n0902.xml.gz")))) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder(source.substring(0, source.indexOf("<MedlineCitation ")));
    int pmid = 98_000_000;
    for (int copy = 0; copy < COPIES; copy++) {
      Matcher record = RECORD.matcher(source);
      while (record.find()) {
        out.append(
                record
                    .group()
                    .replaceFirst(
                        "<PMID Version=\"\\d+\">\\d+</PMID>",
                        "<PMID Version=\"1\">" + ++pmid + "</PMID>")
                    .replaceAll("<OtherID Source=\"NLM\">PMC[^<]*</OtherID>", "")
                    .replaceAll("<ELocationID EIdType=\"doi\"[^>]*>[^<]*</ELocationID>", ""))
            .append('\n');
      }
    }
    Files.writeString(target, out.append("</MedlineCitationSet>\n"));
    return pmid - 98_000_000;
  }

  private static long waitForGrowth(Path database, Process process) throws Exception {
    for (int tick = 0; tick < 1200 && process.isAlive(); tick++) {
      if (Files.exists(database) && Files.size(database) > 4L * 1024 * 1024) {
        return Files.size(database);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the import never got far enough to be killed midway");
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path dir, String... args) throws Exception {
    Process process = start(dir, args);
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    assertThat(done).as("finished within 5 minutes").isTrue();
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.log")));
  }

  private static Process start(Path dir, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FollicleCommand.class.getName()));
    command.addAll(List.of(args));
    // The embedded database under --data-dir, not the test profile's in-memory one.
    command.add("--spring.profiles.active=default");
    // The catalogue and its index are what this test is about: embeddings, TLDRs and study facts
    // of 6,040 papers would take most of its time, and follow the same events.
    command.addAll(
        List.of(
            "--follicle.search.embeddings.enabled=false",
            "--follicle.summary.on-import=false",
            "--follicle.evidence.on-import=false"));
    return new ProcessBuilder(command).redirectError(dir.resolve("err.log").toFile()).start();
  }

  private static long imported(String summary) {
    return count(summary, "imported");
  }

  private static long unchanged(String summary) {
    return count(summary, "unchanged");
  }

  private static long count(String summary, String name) {
    Matcher number = Pattern.compile(name + " (\\d+)").matcher(summary);
    assertThat(number.find()).as("summary line: " + summary).isTrue();
    return Long.parseLong(number.group(1));
  }
}
