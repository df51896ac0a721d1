package org.follicle;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Option;

/** Serves the web app until the process is stopped; the root command does the same. */
abstract class ServingCommand extends ContextCommand {

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context =
        start(
            WebApplicationType.SERVLET,
            List.of("--server.port=" + port, "--follicle.demo.load-when-empty=true"));
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        (ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
    if (context.isActive()) {
      closed.await();
    }
    return 0;
  }
}
