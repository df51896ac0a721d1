package org.follicle.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the pages print them: percentages to one decimal, ratios to two, no trailing zeros.
 */
final class PercentFormat {

  private PercentFormat() {}

  /** A percentage to one decimal place, such as "71.4" or "100". */
  static String of(double percent) {
    return round(percent, 1);
  }

  /** A ratio or estimate to two decimal places, such as "0.49". */
  static String number(double value) {
    return round(value, 2);
  }

  private static String round(double value, int places) {
    return BigDecimal.valueOf(value)
        .setScale(places, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
