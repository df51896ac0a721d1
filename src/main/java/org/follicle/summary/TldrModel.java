package org.follicle.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear scorer of candidate sentences: standardised features times learned weights. Its weights
 * are learned from SciTLDR's train split (see {@code TldrModelTrainer} in the tests) and shipped as
 * {@code summary/tldr-model.tsv}: one line per feature, {@code name mean sd weight}.
 */
record TldrModel(double[] means, double[] deviations, double[] weights) {

  static final String RESOURCE = "summary/tldr-model.tsv";

  /** The model shipped with Follicle. */
  static TldrModel shipped() {
    try (InputStream in = TldrModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the TLDR model " + RESOURCE + " is not on the classpath");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the TLDR model " + RESOURCE, e);
    }
  }

  static TldrModel read(BufferedReader lines) throws IOException {
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      names.add(cells[0]);
      rows.add(
          new double[] {
            Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])
          });
    }
    if (!names.equals(CandidateFeatures.NAMES)) {
      throw new IllegalStateException(
          RESOURCE
              + " has features "
              + names
              + " but the code computes "
              + CandidateFeatures.NAMES);
    }
    return new TldrModel(column(rows, 0), column(rows, 1), column(rows, 2));
  }

  /** The model as its resource file holds it. */
  String write() {
    StringBuilder text =
        new StringBuilder("# TLDR sentence scorer: feature\tmean\tsd\tweight (listwise ranker)\n");
    for (int i = 0; i < weights.length; i++) {
      text.append(CandidateFeatures.NAMES.get(i))
          .append('\t')
          .append(means[i])
          .append('\t')
          .append(deviations[i])
          .append('\t')
          .append(weights[i])
          .append('\n');
    }
    return text.toString();
  }

  /** How much more like the paper's TLDR this candidate is than others (a softmax logit). */
  double score(double[] features) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (features[i] - means[i]) / deviations[i];
    }
    return sum;
  }

  private static double[] column(List<double[]> rows, int column) {
    return rows.stream().mapToDouble(row -> row[column]).toArray();
  }
}
