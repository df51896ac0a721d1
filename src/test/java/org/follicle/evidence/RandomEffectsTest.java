package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomEffectsTest {

  /**
   * metafor's {@code dat.bcg}: 13 trials of the BCG vaccine against tuberculosis (Colditz et al.,
   * 1994), as tuberculosis cases and non-cases among the vaccinated (tpos, tneg) and the
   * non-vaccinated (cpos, cneg).
   */
  private static final int[][] BCG = {
    {4, 119, 11, 128},
    {6, 300, 29, 274},
    {3, 228, 11, 209},
    {62, 13536, 248, 12619},
    {33, 5036, 47, 5761},
    {180, 1361, 372, 1079},
    {8, 2537, 10, 619},
    {505, 87886, 499, 87892},
    {29, 7470, 45, 7232},
    {17, 1699, 65, 1600},
    {186, 50448, 141, 27197},
    {5, 2493, 3, 2338},
    {27, 16886, 29, 17825}
  };

  private static List<StudyEstimate> bcgLogRiskRatios() {
    return Arrays.stream(BCG)
        .map(t -> StudyEstimate.logRiskRatio(t[0], t[0] + t[1], t[2], t[2] + t[3]))
        .toList();
  }

  @Test
  void computesTheLogRiskRatiosOfTheBcgTrialsAsEscalcDoes() {
    // metafor's tests of escalc(measure="RR") on dat.bcg: trial 1 has yi -0.8893, vi 0.3256.
    StudyEstimate aronson = bcgLogRiskRatios().get(0);

    assertThat(aronson.value()).isCloseTo(-0.8893, within(0.00005));
    assertThat(aronson.variance()).isCloseTo(0.3256, within(0.00005));
  }

  @Test
  void poolsTheBcgTrialsByRemlAsMetaforDocumentsIt() {
    // rma(yi, vi, data=dat) on dat.bcg, as metafor prints it: tau^2 0.3132 (REML), I^2 92.22%,
    // Q(df = 12) = 152.2330; estimate -0.7145, se 0.1798, ci.lb -1.0669, ci.ub -0.3622.
    PooledEstimate reml = RandomEffects.pool(bcgLogRiskRatios(), TauEstimator.REML);

    assertThat(reml.studies()).isEqualTo(13);
    assertThat(reml.estimate()).isCloseTo(-0.7145, within(0.0005));
    assertThat(reml.standardError()).isCloseTo(0.1798, within(0.0005));
    assertThat(reml.tau2()).isCloseTo(0.3132, within(0.0005));
    assertThat(reml.ciLow()).isCloseTo(-1.0669, within(0.0005));
    assertThat(reml.ciHigh()).isCloseTo(-0.3622, within(0.0005));
    assertThat(reml.i2()).isCloseTo(92.22, within(0.005));
    assertThat(reml.q()).isCloseTo(152.2330, within(0.0005));
    assertThat(reml.qPValue()).isLessThan(0.0001);
  }

  @Test
  void poolsTheBcgTrialsByDerSimonianLairdAsMetaforsTestsCheckAgainstStata() {
    // metafor's test "rma.uni() against metan with dat.bcg", RE model with the DL estimator:
    // estimate -0.7141, ci.lb -1.0644, ci.ub -0.3638, tau2 0.3088, I2 92.1173.
    PooledEstimate dl = RandomEffects.pool(bcgLogRiskRatios(), TauEstimator.DERSIMONIAN_LAIRD);

    assertThat(dl.estimate()).isCloseTo(-0.7141, within(0.0005));
    assertThat(dl.ciLow()).isCloseTo(-1.0644, within(0.0005));
    assertThat(dl.ciHigh()).isCloseTo(-0.3638, within(0.0005));
    assertThat(dl.tau2()).isCloseTo(0.3088, within(0.0005));
    assertThat(dl.i2()).isCloseTo(92.1173, within(0.0005));
    assertThat(Math.exp(dl.estimate())).isCloseTo(0.4896, within(0.0005));
  }

  /**
   * metafor's {@code dat.nielweise2007} (metadat's data-raw/dat.nielweise2007.txt): 18 trials of
   * anti-infective-treated central venous catheters (Niel-Weise et al., 2007), as catheter-related
   * bloodstream infections and patients with a standard catheter (ci, n2i) and with a treated one
   * (ai, n1i). Stijnen, Hamza and Ozdemir (2010, Statistics in Medicine 29:3046-3067, Table II)
   * pool each arm's proportion on the logit scale with the normal-normal model.
   */
  private static final int[][] NIEL_WEISE = {
    {3, 117, 0, 116},
    {3, 35, 1, 44},
    {9, 195, 2, 208},
    {7, 136, 0, 130},
    {6, 157, 5, 151},
    {4, 139, 1, 98},
    {3, 177, 1, 174},
    {2, 39, 1, 74},
    {19, 103, 1, 97},
    {2, 122, 1, 113},
    {7, 64, 0, 66},
    {1, 58, 0, 70},
    {5, 175, 3, 188},
    {11, 180, 6, 187},
    {0, 105, 0, 118},
    {1, 262, 0, 252},
    {3, 362, 1, 345},
    {1, 69, 4, 64}
  };

  private static List<StudyEstimate> nielWeiseArm(int events, int total) {
    return Arrays.stream(NIEL_WEISE)
        .map(t -> StudyEstimate.logitProportion(t[events], t[total]))
        .toList();
  }

  private static double inverseLogit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void poolsStandardCatheterInfectionProportionsOnTheLogitScaleAsStijnenEtAlPublished() {
    // Stijnen et al. (2010), Table II, standard catheters: logit -3.30 (SE 0.24), tau^2 0.663,
    // proportion 0.035 (0.023 to 0.056); metafor's test of this example, rma(measure="PLO",
    // xi=ci, ni=n2i): -3.3018, se 0.2378, tau2 0.6629, pred 0.0355, ci.lb 0.0226, ci.ub 0.0554.
    PooledEstimate pooled = RandomEffects.pool(nielWeiseArm(0, 1), TauEstimator.REML);

    assertThat(pooled.estimate()).isCloseTo(-3.3018, within(0.0005));
    assertThat(pooled.standardError()).isCloseTo(0.2378, within(0.0005));
    assertThat(pooled.tau2()).isCloseTo(0.6629, within(0.0005));
    assertThat(inverseLogit(pooled.estimate())).isCloseTo(0.0355, within(0.0005));
    assertThat(inverseLogit(pooled.ciLow())).isCloseTo(0.0226, within(0.0005));
    assertThat(inverseLogit(pooled.ciHigh())).isCloseTo(0.0554, within(0.0005));
  }

  @Test
  void poolsTreatedCatheterInfectionProportionsWithZeroEventStudiesAsStijnenEtAlPublished() {
    // Stijnen et al. (2010), Table II, anti-infective catheters (six trials without an infection,
    // half an event added): logit -4.26 (SE 0.26), tau^2 0.393, proportion 0.014 (0.008 to 0.023);
    // metafor: -4.2604, se 0.2589, tau2 0.3928.
    PooledEstimate pooled = RandomEffects.pool(nielWeiseArm(2, 3), TauEstimator.REML);

    assertThat(pooled.estimate()).isCloseTo(-4.2604, within(0.0005));
    assertThat(pooled.standardError()).isCloseTo(0.2589, within(0.0005));
    assertThat(pooled.tau2()).isCloseTo(0.3928, within(0.0005));
    assertThat(inverseLogit(pooled.estimate())).isCloseTo(0.014, within(0.0005));
    assertThat(inverseLogit(pooled.ciLow())).isCloseTo(0.008, within(0.0005));
    assertThat(inverseLogit(pooled.ciHigh())).isCloseTo(0.023, within(0.0005));
  }

  @Test
  void aSingleStudyIsItsOwnPooledEstimateWithoutHeterogeneity() {
    StudyEstimate fiveOfSeven = StudyEstimate.logitProportion(5, 7);

    PooledEstimate pooled = RandomEffects.pool(List.of(fiveOfSeven), TauEstimator.REML);

    assertThat(pooled.estimate()).isCloseTo(Math.log(5.0 / 2.0), within(1e-12));
    assertThat(pooled.standardError()).isCloseTo(Math.sqrt(1.0 / 5 + 1.0 / 2), within(1e-12));
    assertThat(List.of(pooled.tau2(), pooled.i2(), pooled.q())).containsOnly(0.0);
  }

  @Test
  void addsHalfAnEventToProportionsOfNoneOrAll() {
    StudyEstimate all = StudyEstimate.logitProportion(1, 1);

    assertThat(all.value()).isCloseTo(Math.log(1.5 / 0.5), within(1e-12));
    assertThat(all.variance()).isCloseTo(1 / 1.5 + 1 / 0.5, within(1e-12));
  }

  @Test
  void readsTheStandardErrorOfAReportedRatioFromItsInterval() {
    StudyEstimate ratio = StudyEstimate.logRatio(0.5, 0.25, 1.0);

    assertThat(ratio.value()).isCloseTo(Math.log(0.5), within(1e-12));
    assertThat(Math.sqrt(ratio.variance()))
        .isCloseTo(Math.log(4) / (2 * 1.959964), within(0.00001));
  }

  @Test
  void refusesCountsThatAreNotAProportion() {
    assertThatThrownBy(() -> StudyEstimate.logitProportion(8, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 events in 7 participants");
    assertThatThrownBy(() -> RandomEffects.pool(List.of(), TauEstimator.REML))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
