package org.follicle.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads SciTLDR-format JSONL line by line. Only {@code paper_id}, {@code title}, {@code source} and
 * {@code target} are read; the oracle labels and scores a file may carry are never looked at.
 */
final class SciTldrFile {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SciTldrFile() {}

  /** Hands each paper of the file to {@code sink}; a bad line fails naming file and line. */
  static void read(Path file, Consumer<SciTldrPaper> sink) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          sink.accept(parse(line, file, number));
        }
      }
    }
  }

  /** Every paper of the file, in order. */
  static List<SciTldrPaper> readAll(Path file) throws IOException {
    List<SciTldrPaper> papers = new ArrayList<>();
    read(file, papers::add);
    return papers;
  }

  private static SciTldrPaper parse(String line, Path file, int number) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new SciTldrFormatException(
          file, number, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (!node.isObject()) {
      throw new SciTldrFormatException(file, number, "expected a JSON object");
    }
    JsonNode id = node.get("paper_id");
    if (id == null || !id.isValueNode() || id.asString().isBlank()) {
      throw new SciTldrFormatException(file, number, "missing \"paper_id\"");
    }
    JsonNode title = node.get("title");
    return new SciTldrPaper(
        id.asString(),
        title == null || title.isNull() ? "" : title.asString(),
        strings(node, "source", file, number, true),
        strings(node, "target", file, number, false));
  }

  private static List<String> strings(
      JsonNode node, String field, Path file, int number, boolean required) {
    JsonNode array = node.get(field);
    if (array == null || array.isNull()) {
      if (required) {
        throw new SciTldrFormatException(file, number, "missing \"" + field + "\"");
      }
      return List.of();
    }
    if (!array.isArray()) {
      throw new SciTldrFormatException(
          file, number, "\"" + field + "\" must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      if (!value.isString()) {
        throw new SciTldrFormatException(
            file, number, "\"" + field + "\" must be an array of strings");
      }
      values.add(value.asString());
    }
    return values;
  }
}
