package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.follicle.SharedData;
import org.junit.jupiter.api.Test;

class TldrModelTrainerTests {

  @Test
  void theShippedModelIsWhatTrainingOnTheTrainSplitGives() throws IOException {
    TldrModel trained =
        TldrModelTrainer.train(SharedData.file("eval/scitldr/SciTLDR-A/train.jsonl"));

    assertThat(trained.write()).isEqualTo(TldrModel.shipped().write());
  }
}
