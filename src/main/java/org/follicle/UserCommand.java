package org.follicle;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.follicle.account.AccountView;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code user} sub-command: accounts made by the operator, such as the first admin. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    subcommands = {UserCommand.Create.class},
    description = "Manage accounts from the command line.")
class UserCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 1;
  }

  /** Creates an account whose address counts as confirmed. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create an account whose address counts as confirmed (the first admin: --admin).",
        "The password is asked for on the terminal, or read from standard input."
      })
  static class Create extends ContextCommand {

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The name to sign in with.")
    String username;

    @Option(names = "--email", required = true, description = "The account's e-mail address.")
    String email;

    @Option(
        names = "--password",
        interactive = true,
        arity = "0..1",
        required = true,
        description = "Asked for when given without a value (avoid typing it on the line).")
    char[] password;

    @Option(names = "--admin", description = "Give the account the admin role.")
    boolean admin;

    @Option(names = "--moderator", description = "Give the account the moderator role.")
    boolean moderator;

    @Override
    public Integer call() {
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      if (admin) {
        roles.add(Role.ADMIN);
      }
      if (moderator) {
        roles.add(Role.MODERATOR);
      }
      try (ConfigurableApplicationContext context =
          start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
        AccountView created =
            context
                .getBean(Accounts.class)
                .createConfirmed(username, email, new String(password), roles);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "created user %s (id %d) with roles %s%n",
            created.username(),
            created.id(),
            created.roles().stream().map(r -> r.name().toLowerCase()).sorted().toList());
        out.flush();
        return 0;
      } finally {
        java.util.Arrays.fill(password, ' ');
      }
    }
  }
}
