package org.follicle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.util.FileSystemUtils;

/**
 * Starts an {@link OpenSearchTestNode} for a test run on the OpenSearch backend ({@code
 * -Dfollicle.search.backend=opensearch} without {@code follicle.search.opensearch.uris}), points
 * every application context at it, and stops it when the run ends or the JVM exits. The node runs
 * from the test classpath in a child JVM and keeps its data and log under target/opensearch.
 */
public class OpenSearchTestCluster implements LauncherSessionListener {

  private static final String BACKEND = "follicle.search.backend";
  private static final String URIS = "follicle.search.opensearch.uris";
  private static final Path HOME = Path.of("target", "opensearch");
  private static final long START_TIMEOUT_SECONDS = 180;

  private Process node;
  private volatile boolean ready;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"opensearch".equalsIgnoreCase(System.getProperty(BACKEND))
        || System.getProperty(URIS) != null) {
      return;
    }
    try {
      FileSystemUtils.deleteRecursively(HOME);
      Files.createDirectories(HOME);
      int httpPort = freePort();
      node = start(httpPort, freePort());
      Runtime.getRuntime().addShutdownHook(new Thread(node::destroyForcibly));
      awaitReady();
      System.setProperty(URIS, "http://127.0.0.1:" + httpPort);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the OpenSearch test node", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (node == null) {
      return;
    }
    try {
      node.getOutputStream().close();
      if (!node.waitFor(30, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    } catch (IOException e) {
      node.destroyForcibly();
    } catch (InterruptedException e) {
      node.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static Process start(int httpPort, int transportPort) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-Xms256m",
                "-Xmx512m",
                // The classpath also holds Boot's Log4j-to-SLF4J bridge; OpenSearch needs Log4j.
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
                "-cp",
                System.getProperty("java.class.path"),
                OpenSearchTestNode.class.getName(),
                HOME.resolve("node").toString(),
                Integer.toString(httpPort),
                Integer.toString(transportPort)))
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the node's output into its log until it says it is ready. */
  private void awaitReady() throws IOException {
    Path log = HOME.resolve("node.log");
    // A node that hangs silently is killed, which ends the output read below.
    Process starting = node;
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (!starting.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) && !ready) {
                  starting.destroyForcibly();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "opensearch-test-node-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    var reader =
        new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    try (var out = Files.newBufferedWriter(log)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.write(line);
        out.newLine();
        if (line.equals(OpenSearchTestNode.READY)) {
          ready = true;
          watchdog.interrupt();
          drainInBackground(reader, log);
          return;
        }
      }
    }
    node.destroyForcibly();
    throw new IllegalStateException(
        "the OpenSearch test node did not start within %d s; see %s"
            .formatted(START_TIMEOUT_SECONDS, log.toAbsolutePath()));
  }

  /** Keeps appending the node's output to its log, so that a full pipe never blocks it. */
  private static void drainInBackground(BufferedReader reader, Path log) {
    Thread drain =
        new Thread(
            () -> {
              try (var out =
                  Files.newBufferedWriter(log, java.nio.file.StandardOpenOption.APPEND)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  out.write(line);
                  out.newLine();
                  out.flush();
                }
              } catch (IOException e) {
                // the node has gone; its exit is what the run notices
              }
            },
            "opensearch-test-node-log");
    drain.setDaemon(true);
    drain.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
