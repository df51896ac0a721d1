package org.follicle;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code follicle} command: serves the web app unless a sub-command is named. */
@Command(
    name = "follicle",
    mixinStandardHelpOptions = true,
    versionProvider = FollicleCommand.Version.class,
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ReindexCommand.class,
      RelinkCommand.class,
      ResummarizeCommand.class,
      ReextractCommand.class,
      UserCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeOnInvalidInput = 1,
    exitCodeOnExecutionException = 1,
    description = {
      "Follicle: research evidence on hair loss, in plain language.",
      "Without a sub-command it serves the web app, as 'serve' does.",
      "Exit codes: 0 success, 2 some inputs rejected (the good ones are stored), 1 failure."
    })
public class FollicleCommand extends ServingCommand {

  /** Jobs print their own progress and summary; the framework's start-up log would drown them. */
  static final List<String> QUIET =
      List.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false");

  /** Runs the command line and exits with its code once the command is done. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine root = new CommandLine(new FollicleCommand());
    // A usage error stores nothing, so it is a failure (1), not a partial rejection (2).
    invalidInputFails(root);
    return root.setExecutionExceptionHandler(
        (failure, command, parsed) -> {
          command.getErr().println("follicle: " + reasonOf(failure));
          return command.getCommandSpec().exitCodeOnExecutionException();
        });
  }

  private static void invalidInputFails(CommandLine command) {
    command.getCommandSpec().exitCodeOnInvalidInput(1);
    command.getSubcommands().values().forEach(FollicleCommand::invalidInputFails);
  }

  /** The innermost message: the framework has already logged the whole chain. */
  private static String reasonOf(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  /** The version of the jar, from its manifest. */
  static class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FollicleCommand.class.getPackage().getImplementationVersion();
      return new String[] {"follicle " + (version == null ? "(development build)" : version)};
    }
  }
}
