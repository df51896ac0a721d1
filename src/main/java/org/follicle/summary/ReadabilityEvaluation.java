package org.follicle.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how readable the plain-language summaries are against their abstracts: the
 * Flesch-Kincaid grade of each abstract and of its summary, over a SciTLDR-format JSONL file (its
 * {@code source} sentences are the abstract) or the PubMed XML files under a folder.
 */
public final class ReadabilityEvaluation {

  private final PlainSummaryGenerator generator;

  /** An evaluation of the shipped generator and glossary. */
  public ReadabilityEvaluation() {
    this(new PlainSummaryGenerator());
  }

  ReadabilityEvaluation(PlainSummaryGenerator generator) {
    this.generator = generator;
  }

  /** Median grades, the share of papers with a summary and the mean sentences per summary. */
  public record Result(
      int papers,
      int summarised,
      double abstractGradeMedian,
      double summaryGradeMedian,
      double sentencesPerSummary) {

    /** How many grades easier the median summary reads than the median abstract. */
    public double gradeDrop() {
      return abstractGradeMedian - summaryGradeMedian;
    }

    /** The share of papers that got a summary. */
    public double summarisedShare() {
      return papers == 0 ? 0 : (double) summarised / papers;
    }
  }

  /** Evaluates a SciTLDR JSONL file, or every PubMed XML file under a folder or in a file. */
  public Result run(Path input) throws IOException {
    List<List<String>> abstracts = new ArrayList<>();
    if (input.toString().endsWith(".jsonl")) {
      SciTldrFile.read(input, paper -> abstracts.add(paper.source()));
    } else {
      for (PubmedAbstracts.Article article : PubmedAbstracts.under(input)) {
        List<String> sentences = new ArrayList<>();
        article.sections().forEach(section -> sentences.addAll(SentenceSplitter.split(section)));
        abstracts.add(sentences);
      }
    }
    return measure(abstracts);
  }

  /** True for the inputs {@link #run} reads: a .jsonl file, a folder, or a PubMed XML file. */
  public static boolean readable(Path input) {
    return Files.isDirectory(input)
        || Files.isRegularFile(input) && input.toString().matches(".*\\.(jsonl|xml|xml\\.gz)$");
  }

  private Result measure(List<List<String>> abstracts) {
    List<Double> abstractGrades = new ArrayList<>();
    List<Double> summaryGrades = new ArrayList<>();
    long sentences = 0;
    for (List<String> source : abstracts) {
      double grade = Readability.fleschKincaidGrade(source);
      if (!Double.isNaN(grade)) {
        abstractGrades.add(grade);
      }
      String summary = generator.fromSentences(source).orElse(null);
      if (summary != null) {
        summaryGrades.add(Readability.fleschKincaidGrade(summary));
        sentences += SentenceSplitter.split(summary).size();
      }
    }
    return new Result(
        abstracts.size(),
        summaryGrades.size(),
        median(abstractGrades),
        median(summaryGrades),
        summaryGrades.isEmpty() ? 0 : (double) sentences / summaryGrades.size());
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
