package org.follicle.ingest;

import java.io.InputStream;
import org.follicle.catalog.PaperRecord;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Crossref REST API works, one work at a time: a whole response ({@code "message"} holding a
 * work or a list of {@code "items"}), a bare {@code message} work, or {@code {"items": [...]}}.
 */
@Component
@Order(ReaderOrder.CROSSREF_JSON)
class CrossrefJsonReader implements FormatReader {

  private final JsonMapper json;

  CrossrefJsonReader(JsonMapper json) {
    this.json = json;
  }

  @Override
  public String id() {
    return "crossref";
  }

  @Override
  public boolean recognizes(String fileName, byte[] head) {
    return CrossrefHead.isCrossref(json, head);
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) {
    try (JsonParser parser = json.createParser(in)) {
      new Works(parser, sink).readResponse();
    } catch (JacksonException e) {
      sink.reject(where(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String where(TokenStreamLocation location) {
    return location == null
        ? ""
        : "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
  }

  /** The works of one file, numbered as they come. */
  private final class Works {
    private final JsonParser parser;
    private final RecordSink sink;
    private int position;

    Works(JsonParser parser, RecordSink sink) {
      this.parser = parser;
      this.sink = sink;
    }

    void readResponse() {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        readObject();
      } else if (first == JsonToken.START_ARRAY) {
        readItems();
      } else {
        sink.reject(where(parser.currentTokenLocation()), "a Crossref response is a JSON object");
      }
    }

    /**
     * An envelope, a list of works or one bare work: which one shows only as the keys go by (the
     * envelope's "message" may come before its "message-type"). Lists are streamed; any other field
     * is kept, and an object that held no list or message is a work.
     */
    private void readObject() {
      ObjectNode fields = json.createObjectNode();
      boolean heldWorks = false;
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        JsonToken value = parser.nextToken();
        if (name.equals("message") && value == JsonToken.START_OBJECT) {
          readObject();
          heldWorks = true;
        } else if (name.equals("items") && value == JsonToken.START_ARRAY) {
          readItems();
          heldWorks = true;
        } else {
          fields.set(name, parser.<JsonNode>readValueAsTree());
        }
      }
      if (heldWorks) {
        return;
      }
      if (fields.has("message-type")) {
        sink.reject(
            "line 1",
            "the Crossref response of message-type '%s' holds no work"
                .formatted(CrossrefValues.text(fields, "message-type")));
      } else {
        readWork(fields);
      }
    }

    private void readItems() {
      for (JsonToken item = parser.nextToken();
          item != JsonToken.END_ARRAY && item != null;
          item = parser.nextToken()) {
        if (item == JsonToken.START_OBJECT) {
          readWork(parser.readValueAsTree());
        } else {
          sink.reject("work " + ++position, "items: a work is a JSON object, this is not one");
          parser.skipChildren();
        }
      }
    }

    private void readWork(JsonNode work) {
      String doi = CrossrefValues.text(work, "DOI");
      String location = "work " + ++position + (doi == null ? "" : " (DOI " + doi + ")");
      try {
        PaperRecord record =
            CrossrefWorkMapping.toRecord(work, reason -> sink.warn(location, reason));
        sink.accept(record);
      } catch (IllegalArgumentException e) {
        sink.reject(location, e.getMessage());
      }
    }
  }
}
