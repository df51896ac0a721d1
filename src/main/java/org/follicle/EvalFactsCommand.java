package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.follicle.evidence.FactsEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Study-fact extraction on PICO-Corpus-format abstracts, with scores where they are annotated. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "Extract study facts from PICO-Corpus-format JSONL (one {\"pmid\", \"text\", \"entities\"}"
          + " object a line; only pmid and text are read for the prediction) and write one"
          + " {\"id\", \"total_participants\", \"intervention\", \"condition\", \"outcome\"} line"
          + " per abstract to --out.",
      "Where lines carry entities, print per field (intervention = 'intervention' spans,"
          + " condition = 'condition', outcome = 'outcome' and 'outcome-Measure') token"
          + " precision, recall and F1: each word token of each abstract counts once, as a true"
          + " positive when a predicted and an annotated span both cover it, a false positive"
          + " when only a predicted one does, a false negative when only an annotated one does;"
          + " counts are summed over all abstracts (micro-average).",
      "sample_size.accuracy is the share of abstracts with a total-participants annotation"
          + " whose predicted total equals one of them."
    })
class EvalFactsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "PICO-Corpus-format JSONL")
  Path input;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the predictions")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    FactsEvaluation.Scores scores;
    try (Writer predictions =
        out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      scores = new FactsEvaluation().run(input, predictions);
    } catch (NoSuchFileException e) {
      err.println(e.getFile() + ": no such file");
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 1;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    scores.lines().forEach(stdout::println);
    stdout.flush();
    return 0;
  }
}
