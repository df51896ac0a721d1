package org.follicle.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An IR test collection as the shared evaluation data holds it: documents and queries as JSON lines
 * ({@code id}, {@code title}, {@code text}), judgements as tab-separated {@code query-id doc-id
 * relevance} with a header line.
 */
final class IrCollection {

  /** A document of the collection. */
  record Document(String id, String title, String text) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private IrCollection() {}

  static List<Document> documents(Path file) {
    List<Document> documents = new ArrayList<>();
    forEachLine(
        file,
        (line, number) -> {
          JsonNode node = json(file, line, number);
          documents.add(
              new Document(
                  required(node, "id", file, number),
                  node.path("title").asString(""),
                  required(node, "text", file, number)));
        });
    return documents;
  }

  static Map<String, String> queries(Path file) {
    Map<String, String> queries = new LinkedHashMap<>();
    forEachLine(
        file,
        (line, number) -> {
          JsonNode node = json(file, line, number);
          queries.put(required(node, "id", file, number), required(node, "text", file, number));
        });
    return queries;
  }

  static Map<String, Set<String>> relevant(Path file) {
    Map<String, Set<String>> relevant = new HashMap<>();
    forEachLine(
        file,
        (line, number) -> {
          String[] cells = line.split("\t");
          if (number == 1 && cells[0].equals("query-id")) {
            return;
          }
          if (cells.length < 3) {
            throw new IllegalArgumentException(
                "%s line %d: expected query-id, doc-id and relevance separated by tabs"
                    .formatted(file, number));
          }
          if (Integer.parseInt(cells[2].strip()) > 0) {
            relevant.computeIfAbsent(cells[0].strip(), q -> new HashSet<>()).add(cells[1].strip());
          }
        });
    return relevant;
  }

  private interface LineHandler {
    void handle(String line, int number);
  }

  private static void forEachLine(Path file, LineHandler handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          handler.handle(line, number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode json(Path file, String line, int number) {
    try {
      return JSON.readTree(line);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "%s line %d: not a JSON object: %s".formatted(file, number, e.getMessage()), e);
    }
  }

  private static String required(JsonNode node, String field, Path file, int number) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.asString("").isBlank()) {
      throw new IllegalArgumentException(
          "%s line %d: '%s' is missing or empty".formatted(file, number, field));
    }
    return value.asString();
  }
}
