package org.follicle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A one-node OpenSearch 2.19 cluster on loopback for the search tests, run as a process of its own:
 * OpenSearch's Netty cannot share a JVM with the application's. Arguments: a folder for its data,
 * the HTTP port and the transport port. It prints {@value #READY} once the cluster is usable and
 * stops when its standard input closes, so it never outlives the test run that started it.
 */
public final class OpenSearchTestNode {

  /** The line printed once the node answers. */
  public static final String READY = "opensearch-ready";

  private OpenSearchTestNode() {}

  public static void main(String[] args) throws IOException {
    Path home = Path.of(args[0]);
    String httpPort = args[1];
    String transportPort = args[2];
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild(
        (number, settings) -> {
          settings.put("network.host", "127.0.0.1");
          settings.put("http.port", httpPort);
          settings.put("transport.port", transportPort);
          settings.put("discovery.type", "single-node");
        });
    runner.build(
        OpenSearchRunner.newConfigs()
            .basePath(home.toAbsolutePath().toString())
            .clusterName("follicle-test")
            .numOfNode(1)
            .disableESLogger());
    runner.ensureYellow();
    System.out.println(READY);
    System.out.flush();
    try (InputStream parent = System.in) {
      while (parent.read() != -1) {
        // the test run holds the pipe open while it needs the node
      }
    }
    runner.close();
    runner.clean();
    // OpenSearch leaves threads behind that would keep the JVM running.
    System.exit(0);
  }
}
