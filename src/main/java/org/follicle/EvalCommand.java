package org.follicle;

import picocli.CommandLine.Command;

/** Quality evaluations on the shared evaluation data, each printing NAME value lines. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    subcommands = {
      EvalSearchCommand.class,
      EvalTldrCommand.class,
      EvalFactsCommand.class,
      EvalRelatedCommand.class,
      EvalReadabilityCommand.class
    },
    description =
        "Measure quality on evaluation data; figures are printed one NAME value per line.")
class EvalCommand {}
