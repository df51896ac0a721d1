package org.follicle;

import picocli.CommandLine.Command;

/** The {@code serve} sub-command. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the web app (the default); loads the demo into an empty embedded database.")
class ServeCommand extends ServingCommand {}
