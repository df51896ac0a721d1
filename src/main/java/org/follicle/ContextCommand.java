package org.follicle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A sub-command that runs inside the application: it takes the data directory and any Spring
 * property written as {@code --name=value} (for example {@code --spring.datasource.url=...}).
 */
abstract class ContextCommand implements Callable<Integer> {

  private static final Pattern PROPERTY = Pattern.compile("^--[a-zA-Z][\\w.\\-\\[\\]]*=.*$");

  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      defaultValue = "./data",
      paramLabel = "DIR",
      description = "Where the embedded database lives (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Unmatched List<String> springProperties = new ArrayList<>();

  /** Starts the application with this command's settings plus {@code extra} properties. */
  ConfigurableApplicationContext start(WebApplicationType web, List<String> extra) {
    List<String> args = new ArrayList<>();
    args.add("--follicle.data-dir=" + dataDir.toAbsolutePath().normalize());
    args.addAll(extra);
    for (String property : springProperties) {
      if (!PROPERTY.matcher(property).matches()) {
        throw new ParameterException(spec.commandLine(), "Unknown option or argument: " + property);
      }
      args.add(property);
    }
    return new SpringApplicationBuilder(FollicleApplication.class)
        .web(web)
        .run(args.toArray(String[]::new));
  }
}
