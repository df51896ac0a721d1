package org.follicle.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A bar chart of how often a paper was cited each year, laid out for a server-drawn SVG: every year
 * from the first citing paper's to the last, a bar's height proportional to its count.
 */
record CitationsPerYearChart(int width, int height, String description, List<Bar> bars) {

  static final int WIDTH = 600;
  static final int HEIGHT = 180;
  private static final int TOP = 20;
  private static final int BOTTOM = 24;
  private static final int MAX_BAR = 48;

  /** One year's bar, its count written above it and, where there is room, its year below. */
  record Bar(int year, int count, int x, int y, int barWidth, int barHeight, boolean labelled) {

    public int centre() {
      return x + barWidth / 2;
    }
  }

  /** The chart of these counts by year; empty years between them drawn as zero. */
  static CitationsPerYearChart of(Map<Integer, Integer> perYear) {
    int first = perYear.keySet().stream().min(Integer::compare).orElseThrow();
    int last = perYear.keySet().stream().max(Integer::compare).orElseThrow();
    int years = last - first + 1;
    int max = perYear.values().stream().max(Integer::compare).orElseThrow();
    int slot = WIDTH / years;
    int barWidth = Math.max(2, Math.min(MAX_BAR, slot - 4));
    // Year labels need about 40 units each; on long spans only every few years is written.
    int labelEvery = Math.max(1, (int) Math.ceil(40.0 / slot));
    int plot = HEIGHT - TOP - BOTTOM;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < years; i++) {
      int count = perYear.getOrDefault(first + i, 0);
      int height = (int) Math.round((double) plot * count / max);
      bars.add(
          new Bar(
              first + i,
              count,
              i * slot + (slot - barWidth) / 2,
              TOP + plot - height,
              barWidth,
              height,
              i % labelEvery == 0 || i == years - 1));
    }
    String description =
        perYear.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", ", "Citations by year of the citing paper. ", "."));
    return new CitationsPerYearChart(WIDTH, HEIGHT, description, bars);
  }

  /** The y of the baseline, where bars stand and under which years are written. */
  public int baseline() {
    return HEIGHT - BOTTOM;
  }
}
