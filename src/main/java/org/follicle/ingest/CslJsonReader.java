package org.follicle.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads CSL-JSON (an array of items, or one item), one item at a time. */
@Component
@Order(ReaderOrder.CSL_JSON)
class CslJsonReader implements FormatReader {

  private final JsonMapper json;

  CslJsonReader(JsonMapper json) {
    this.json = json;
  }

  @Override
  public String id() {
    return "csl-json";
  }

  @Override
  public boolean recognizes(String fileName, byte[] head) {
    String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    boolean jsonStart = start.startsWith("[") || start.startsWith("{");
    // Crossref's REST responses are JSON too, but wrapped in a "message" envelope.
    return jsonStart && !start.contains("\"message\"");
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) {
    try (JsonParser parser = json.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        readItem(parser, 1, sink);
      } else if (first == JsonToken.START_ARRAY) {
        int position = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          readItem(parser, ++position, sink);
        }
      } else {
        sink.reject("line 1", "CSL-JSON is an array of items or one item");
      }
    } catch (JacksonException e) {
      sink.reject(where(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private void readItem(JsonParser parser, int position, RecordSink sink) {
    JsonNode item = parser.readValueAsTree();
    String location = "item " + position + idOf(item);
    try {
      sink.accept(CslItemMapping.toRecord(item, reason -> sink.warn(location, reason)));
    } catch (IllegalArgumentException e) {
      sink.reject(location, e.getMessage());
    }
  }

  private static String idOf(JsonNode item) {
    JsonNode id = item.get("id");
    return id == null || id.isNull() ? "" : " (id " + id.asString() + ")";
  }

  private static String where(TokenStreamLocation location) {
    return location == null
        ? ""
        : "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
  }
}
