package org.follicle.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Learns the TLDR model from SciTLDR's train split, the only data it sees: a listwise ranker that,
 * paper by paper, fits the softmax of the candidates' scores to the softmax of their ROUGE-1
 * against the author's TLDR (temperature {@link #TEMPERATURE}), so a candidate almost as good as
 * the best still counts as good. The linear scores of standardised features are fitted with Adam
 * (fixed steps, no randomness, so the same data always gives the same weights). Run it from the
 * project folder with
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.follicle.summary.TldrModelTrainer \
 *   ../shared/data/eval/scitldr/SciTLDR-A/train.jsonl src/main/resources/summary/tldr-model.tsv
 * </pre>
 *
 * ({@code TldrModelTrainerTests} retrains it and checks the shipped file is what it gives).
 */
final class TldrModelTrainer {

  private static final int STEPS = 800;
  private static final double LEARNING_RATE = 0.05;
  private static final double L2 = 1e-3;

  /** ROUGE-1 differences this large (0.1) weigh e-fold in the target distribution. */
  private static final double TEMPERATURE = 0.1;

  private TldrModelTrainer() {}

  public static void main(String[] args) throws IOException {
    TldrModel model = train(Path.of(args[0]));
    Files.writeString(Path.of(args[1]), model.write(), StandardCharsets.UTF_8);
  }

  static TldrModel train(Path trainFile) throws IOException {
    List<double[]> rows = new ArrayList<>();
    List<int[]> papers = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    for (SciTldrPaper paper : SciTldrFile.readAll(trainFile)) {
      List<TldrCandidate> candidates = TldrCandidate.of(paper.title(), paper.source());
      if (candidates.isEmpty()) {
        continue;
      }
      double[] weights =
          candidates.stream()
              .mapToDouble(
                  c -> Math.exp(Rouge.best(c.text(), paper.targets()).rouge1() / TEMPERATURE))
              .toArray();
      double total = Arrays.stream(weights).sum();
      papers.add(new int[] {rows.size(), rows.size() + candidates.size()});
      for (int i = 0; i < candidates.size(); i++) {
        rows.add(candidates.get(i).features());
        targets.add(weights[i] / total);
      }
    }
    return fit(rows, papers, targets);
  }

  private static TldrModel fit(List<double[]> rows, List<int[]> papers, List<Double> targets) {
    int width = CandidateFeatures.NAMES.size();
    double[] means = new double[width];
    double[] deviations = new double[width];
    standardisation(rows, means, deviations);
    double[][] x = new double[rows.size()][width];
    for (int r = 0; r < rows.size(); r++) {
      for (int f = 0; f < width; f++) {
        x[r][f] = (rows.get(r)[f] - means[f]) / deviations[f];
      }
    }
    double[] weights = new double[width];
    double[] m = new double[width];
    double[] v = new double[width];
    for (int step = 1; step <= STEPS; step++) {
      double[] gradient = gradient(x, papers, targets, weights);
      for (int f = 0; f < width; f++) {
        double g = gradient[f] + L2 * weights[f];
        m[f] = 0.9 * m[f] + 0.1 * g;
        v[f] = 0.999 * v[f] + 0.001 * g * g;
        double mHat = m[f] / (1 - Math.pow(0.9, step));
        double vHat = v[f] / (1 - Math.pow(0.999, step));
        weights[f] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
      }
    }
    return new TldrModel(means, deviations, weights);
  }

  /** The gradient of the mean cross-entropy between each paper's target and score softmax. */
  private static double[] gradient(
      double[][] x, List<int[]> papers, List<Double> targets, double[] weights) {
    double[] gradient = new double[weights.length];
    for (int[] paper : papers) {
      double[] scores = new double[paper[1] - paper[0]];
      double max = Double.NEGATIVE_INFINITY;
      for (int r = paper[0]; r < paper[1]; r++) {
        for (int f = 0; f < weights.length; f++) {
          scores[r - paper[0]] += weights[f] * x[r][f];
        }
        max = Math.max(max, scores[r - paper[0]]);
      }
      double total = 0;
      for (int i = 0; i < scores.length; i++) {
        scores[i] = Math.exp(scores[i] - max);
        total += scores[i];
      }
      for (int r = paper[0]; r < paper[1]; r++) {
        double error = scores[r - paper[0]] / total - targets.get(r);
        for (int f = 0; f < weights.length; f++) {
          gradient[f] += error * x[r][f] / papers.size();
        }
      }
    }
    return gradient;
  }

  /** Means and standard deviations per feature; the bias and constant features stay as they are. */
  private static void standardisation(List<double[]> rows, double[] means, double[] deviations) {
    for (double[] row : rows) {
      for (int f = 0; f < row.length; f++) {
        means[f] += row[f] / rows.size();
      }
    }
    for (double[] row : rows) {
      for (int f = 0; f < row.length; f++) {
        deviations[f] += (row[f] - means[f]) * (row[f] - means[f]) / rows.size();
      }
    }
    for (int f = 0; f < means.length; f++) {
      deviations[f] = Math.sqrt(deviations[f]);
      if (deviations[f] < 1e-9) {
        deviations[f] = 1;
      }
    }
    // The bias (feature 0) is the constant 1; standardising would erase it.
    means[0] = 0;
    deviations[0] = 1;
  }
}
