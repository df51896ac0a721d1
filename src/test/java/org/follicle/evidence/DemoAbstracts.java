package org.follicle.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two demo studies' titles and abstracts (written by the project, in the ingest module's demo
 * file) as the extractor reads them: the title as the first sentence, then the abstract's sections
 * without their labels.
 */
final class DemoAbstracts {

  static final String CASE_REPORT = "follicle-demo-tofacitinib-alopecia-universalis";
  static final String PEDIATRIC = "follicle-demo-pediatric-tofacitinib";

  private DemoAbstracts() {}

  static String text(String id) {
    JsonNode item =
        items().stream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
    String abstractText =
        java.util.Arrays.stream(item.get("abstract").asString().split("\n\n"))
            .map(part -> part.replaceFirst("^[A-Z]+: ", ""))
            .collect(Collectors.joining(" "));
    return item.get("title").asString() + ". " + abstractText;
  }

  private static java.util.List<JsonNode> items() {
    try (InputStream in = DemoAbstracts.class.getResourceAsStream("/demo/seed-studies.csl.json")) {
      JsonNode root = JsonMapper.builder().build().readTree(in);
      return StreamSupport.stream(root.spliterator(), false).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
