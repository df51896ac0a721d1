package org.follicle;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real data sets in {@code ../shared/data} beside the project. Tests that need them run
 * whenever they are present; in CI ({@code CI=true}) their absence is a failure, never a skip.
 */
public final class SharedData {

  private SharedData() {}

  /** The path of a file or folder under the shared data folder. */
  public static Path file(String relative) {
    Path root = Path.of(System.getProperty("follicle.shared-data", "../shared/data"));
    Path path = root.resolve(relative).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      String reason = "shared data not found: " + path;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason + " (CI must run with ../shared beside the project)");
      }
      Assumptions.abort(reason);
    }
    return path;
  }
}
