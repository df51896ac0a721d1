package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.follicle.summary.RougeScore;
import org.follicle.summary.TldrEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** TLDRs for a SciTLDR-format file and, where it has references, their ROUGE and the lead's. */
@Command(
    name = "tldr",
    mixinStandardHelpOptions = true,
    description = {
      "Write a TLDR for each paper of a SciTLDR-format JSONL file (reading only paper_id, title"
          + " and source) and, where the file has targets, print ROUGE-1, ROUGE-2 and ROUGE-L F1"
          + " (x100, best over the references) of Follicle's TLDRs and of the lead sentence."
    })
class EvalTldrCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "SciTLDR JSONL")
  Path input;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write one {\"id\", \"tldr\"} JSON line per paper.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new NoSuchFileException(input + ": no such file");
    }
    long started = System.nanoTime();
    TldrEvaluation.Result result = new TldrEvaluation().run(input, out);
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter stdout = spec.commandLine().getOut();
    List<String> lines = new ArrayList<>();
    lines.add("papers " + result.papers());
    lines.add("without_tldr " + result.withoutTldr());
    if (result.scored() > 0) {
      lines.add("scored " + result.scored());
      lines.addAll(figures("", result.follicle()));
      lines.addAll(figures("lead.", result.lead()));
    }
    lines.forEach(stdout::println);
    stdout.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "wrote TLDRs of %d papers in %.1f s%s%n",
        result.papers(),
        seconds,
        out == null ? "" : " to " + out);
    err.flush();
    return 0;
  }

  private static List<String> figures(String prefix, RougeScore score) {
    return List.of(
        figure(prefix + "ROUGE-1", score.rouge1()),
        figure(prefix + "ROUGE-2", score.rouge2()),
        figure(prefix + "ROUGE-L", score.rougeL()));
  }

  private static String figure(String name, double value) {
    return String.format(Locale.ROOT, "%s %.1f", name, value * 100);
  }
}
