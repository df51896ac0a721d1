package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The argument checks of bench page, which answer before any application starts. */
class BenchPageCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = FollicleCommand.commandLine();
    command.setErr(new PrintWriter(err));
    command.setOut(new PrintWriter(new StringWriter()));
    return command.execute(args);
  }

  @Test
  void refusesNoClientsNamingTheOptions() {
    assertThat(run("bench", "page", "--clients", "0")).isEqualTo(1);
    assertThat(err.toString()).contains("--clients", "at least 1");
  }

  @Test
  void refusesARateOfNothing() {
    assertThat(run("bench", "page", "--soak", "1", "--rate", "0")).isEqualTo(1);
    assertThat(err.toString()).contains("--rate must be more than 0");
  }

  @Test
  void refusesANegativeSoak() {
    assertThat(run("bench", "page", "--soak", "-2")).isEqualTo(1);
    assertThat(err.toString()).contains("--soak at least 0");
  }

  @Test
  void raisesEveryRateLimitTheApplicationConfigures() throws Exception {
    List<String> names = BenchPageCommand.rateLimitNames();

    assertThat(names).contains("posting", "voting", "signup", "commenting");
  }

  @Test
  void driftIsTheLastMinutesP95AgainstTheFirstsInPercent() {
    assertThat(BenchPageReport.drift(List.of(minute(100), minute(90), minute(110))))
        .isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static PageLoad.Phase minute(long p95Ms) {
    Latencies times = new Latencies();
    times.record(p95Ms * 1_000_000);
    return new PageLoad.Phase(1, 0, null, 60, times, 0, 0);
  }
}
