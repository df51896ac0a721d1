package org.follicle.evidence;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Reads how many people a study had, in all and per arm: every count mention of the abstract is
 * classified by a maximum-entropy model over its context ({@link CountFeatures}), learned from
 * PICO-Corpus sample-size annotations by {@code FactModelTraining}.
 */
final class ParticipantCounts {

  /** The model's outcome for a count of all participants. */
  static final String TOTAL = "total";

  /** The model's outcome for the participants of the intervention arm. */
  static final String INTERVENTION_ARM = "intervention-arm";

  /** The model's outcome for the participants of the control arm. */
  static final String CONTROL_ARM = "control-arm";

  /** The model's outcome for any other number. */
  static final String OTHER = "other";

  static final String MODEL = "/evidence/participant-counts.bin.gz";

  // Below this probability the best candidate is not taken for the total: abstracts that give no
  // sample size get none rather than a stray number.
  private static final double TOTAL_THRESHOLD = 0.05;
  private static final double ARM_THRESHOLD = 0.5;

  private final MaxentModel model;

  ParticipantCounts(MaxentModel model) {
    this.model = model;
  }

  static ParticipantCounts load() {
    try (InputStream in = ParticipantCounts.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("participant count model missing: " + MODEL);
      }
      return new ParticipantCounts(
          new BinaryGISModelReader(new DataInputStream(new GZIPInputStream(in))).getModel());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A count read from the abstract with what it counts. */
  record Count(String kind, long value, TextSpan span, double probability) {}

  /** The total (the likeliest mention, if likely enough) followed by the arm sizes. */
  List<Count> read(CountFeatures.Document doc) {
    Count best = null;
    List<Count> arms = new ArrayList<>();
    for (int i = 0; i < doc.mentions().size(); i++) {
      CountMentions.Mention mention = doc.mentions().get(i);
      double[] p = model.eval(CountFeatures.of(doc, i));
      double total = p[model.getIndex(TOTAL)];
      if (total >= TOTAL_THRESHOLD && (best == null || total > best.probability())) {
        best = new Count(TOTAL, mention.value(), mention.span(), total);
      }
      for (String arm : List.of(INTERVENTION_ARM, CONTROL_ARM)) {
        double q = p[model.getIndex(arm)];
        if (q >= ARM_THRESHOLD) {
          arms.add(new Count(arm, mention.value(), mention.span(), q));
        }
      }
    }
    List<Count> counts = new ArrayList<>();
    Optional.ofNullable(best).ifPresent(counts::add);
    counts.addAll(arms);
    return counts;
  }
}
