package org.follicle;

import picocli.CommandLine.Command;

/** Benchmarks, each measuring its baseline in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      BenchImportCommand.class,
      BenchSearchCommand.class,
      BenchSummaryCommand.class,
      BenchPageCommand.class,
      BenchCitationsCommand.class
    },
    description = {
      "Benchmarks; each prints its figures one NAME value per line, with a baseline from the same"
          + " run."
    })
class BenchCommand {}
