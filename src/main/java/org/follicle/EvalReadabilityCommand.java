package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.follicle.summary.ReadabilityEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How much easier the plain-language summaries read than their abstracts (Flesch-Kincaid). */
@Command(
    name = "readability",
    mixinStandardHelpOptions = true,
    description = {
      "Write a plain-language summary for each abstract of a SciTLDR-format JSONL file (its source"
          + " sentences) or of the PubMed XML files in a folder, and print the median"
          + " Flesch-Kincaid grade of abstracts and summaries, their difference, the share of"
          + " papers with a summary and the sentences per summary.",
      "With several --input, each is measured apart and its figures are prefixed by its position"
          + " (1., 2., ...)."
    })
class EvalReadabilityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "SciTLDR JSONL file, or a PubMed XML file or folder; repeatable.")
  List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    for (Path input : inputs) {
      if (!input.toFile().exists()) {
        throw new NoSuchFileException(input + ": no such file or folder");
      }
      if (!ReadabilityEvaluation.readable(input)) {
        throw new ParameterException(
            spec.commandLine(),
            input + ": expected a .jsonl file, a PubMed .xml or .xml.gz file, or a folder");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < inputs.size(); i++) {
      String prefix = inputs.size() == 1 ? "" : (i + 1) + ".";
      ReadabilityEvaluation.Result result = new ReadabilityEvaluation().run(inputs.get(i));
      line(out, prefix + "papers", result.papers());
      line(out, prefix + "abstract.fk_grade.median", round(result.abstractGradeMedian()));
      line(out, prefix + "summary.fk_grade.median", round(result.summaryGradeMedian()));
      line(out, prefix + "fk_grade.median_drop", round(result.gradeDrop()));
      line(out, prefix + "summary.share", round(result.summarisedShare()));
      line(out, prefix + "summary.sentences.mean", round(result.sentencesPerSummary()));
    }
    out.flush();
    return 0;
  }

  private static void line(PrintWriter out, String name, Object value) {
    out.println(name + " " + value);
  }

  private static String round(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
