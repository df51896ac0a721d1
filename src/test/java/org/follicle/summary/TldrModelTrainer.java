package org.follicle.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Learns the TLDR model from SciTLDR's train split, the only data it sees: for each paper, the
 * candidates whose ROUGE-1 against the author's TLDR is the paper's best are positives, the rest
 * negatives; a logistic regression on standardised features is fitted with Adam (fixed steps, no
 * randomness, so the same data always gives the same weights). Run it from the project folder with
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

  private static final int STEPS = 1000;
  private static final double LEARNING_RATE = 0.01;
  private static final double L2 = 1e-4;

  private TldrModelTrainer() {}

  public static void main(String[] args) throws IOException {
    TldrModel model = train(Path.of(args[0]));
    Files.writeString(Path.of(args[1]), model.write(), StandardCharsets.UTF_8);
  }

  static TldrModel train(Path trainFile) throws IOException {
    List<double[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    for (SciTldrPaper paper : SciTldrFile.readAll(trainFile)) {
      List<TldrCandidate> candidates = TldrCandidate.of(paper.title(), paper.source());
      double[] scores =
          candidates.stream()
              .mapToDouble(c -> Rouge.best(c.text(), paper.targets()).rouge1())
              .toArray();
      double best = Arrays.stream(scores).max().orElse(0);
      for (int i = 0; i < candidates.size(); i++) {
        rows.add(candidates.get(i).features());
        labels.add(scores[i] == best ? 1.0 : 0.0);
      }
    }
    return fit(rows, labels);
  }

  private static TldrModel fit(List<double[]> rows, List<Double> labels) {
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
      double[] gradient = gradient(x, labels, weights);
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

  private static double[] gradient(double[][] x, List<Double> labels, double[] weights) {
    double[] gradient = new double[weights.length];
    for (int r = 0; r < x.length; r++) {
      double z = 0;
      for (int f = 0; f < weights.length; f++) {
        z += weights[f] * x[r][f];
      }
      double error = 1 / (1 + Math.exp(-z)) - labels.get(r);
      for (int f = 0; f < weights.length; f++) {
        gradient[f] += error * x[r][f] / x.length;
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
