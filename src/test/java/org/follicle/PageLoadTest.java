package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a small local server that fails one path. */
class PageLoadTest {

  private HttpServer server;
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          served.incrementAndGet();
          int status = exchange.getRequestURI().getPath().equals("/broken") ? 500 : 200;
          byte[] body = "page".getBytes();
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void countsEveryAnswerOfTheMeasuredPhaseAndTimesOnlyTheGoodOnes() throws Exception {
    AtomicInteger n = new AtomicInteger();
    try (PageLoad load = new PageLoad(base(), 3)) {
      PageLoad.Phase phase =
          load.closedLoop(
              () -> n.incrementAndGet() % 2 == 0 ? "/broken" : "/page",
              Duration.ofMillis(100),
              Duration.ofMillis(300));

      assertThat(phase.ok()).isPositive();
      assertThat(phase.errors()).isPositive();
      assertThat(phase.latencies().count()).isEqualTo(phase.ok());
      assertThat(phase.firstError()).isEqualTo("HTTP 500 for /broken");
      assertThat(phase.ok() + phase.errors()).isLessThanOrEqualTo(served.get());
    }
  }

  @Test
  void atARateSendsNoMoreThanTheRateAllowsInEachWindow() throws Exception {
    try (PageLoad load = new PageLoad(base(), 2)) {
      List<PageLoad.Phase> windows =
          load.atRate(() -> "/page", 20, Duration.ofMillis(600), Duration.ofMillis(300));

      assertThat(windows).hasSize(2);
      long sent = windows.stream().mapToLong(w -> w.ok() + w.errors()).sum();
      assertThat(sent).isPositive().isLessThanOrEqualTo(12);
      assertThat(windows).allSatisfy(w -> assertThat(w.errors()).isZero());
    }
  }

  @Test
  void cpuOfAThreadIsCountedFromTheFirstReadingAndNewThreadsInFull() {
    assertThat(PageLoad.spent(Map.of(1L, 100L, 2L, 50L), Map.of(1L, 250L, 3L, 40L)))
        .isEqualTo(150 + 40);
  }

  @Test
  void serverCpuPerRequestLeavesOutTheLoadGeneratorsOwn() {
    PageLoad.Phase phase =
        new PageLoad.Phase(90, 10, null, 1, new Latencies(), 200_000_000, 1_200_000_000);

    assertThat(phase.serverCpuMsPerRequest()).isEqualTo(10.0);
  }
}
