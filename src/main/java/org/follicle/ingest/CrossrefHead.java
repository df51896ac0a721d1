package org.follicle.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells from the first bytes of a file whether it holds a Crossref REST response rather than
 * CSL-JSON. Crossref's content negotiation also serves CSL that carries Crossref's own keys
 * ("reference-count", "deposited"), so those keys alone decide only when the type cannot: CSL calls
 * a journal article "article-journal", Crossref "journal-article".
 */
final class CrossrefHead {

  private static final Set<String> RESPONSE_KEYS = Set.of("message", "message-type", "items");

  private static final Set<String> WORK_KEYS =
      Set.of("reference-count", "is-referenced-by-count", "deposited", "indexed");

  private CrossrefHead() {}

  static boolean isCrossref(JsonMapper json, byte[] head) {
    String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (!start.startsWith("{")) {
      return false;
    }
    TopLevel top = topLevel(json, head);
    if (top.keys().stream().anyMatch(RESPONSE_KEYS::contains)) {
      return true;
    }
    if (top.type() != null && !CrossrefTypes.isWorkType(top.type())) {
      return false;
    }
    if (top.type() != null && !CrossrefTypes.isAlsoCslType(top.type())) {
      return true;
    }
    return top.keys().stream().anyMatch(WORK_KEYS::contains);
  }

  /** The names of the outermost object's fields in the head, and its "type" if it comes early. */
  private static TopLevel topLevel(JsonMapper json, byte[] head) {
    Set<String> keys = new HashSet<>();
    String type = null;
    try (JsonParser parser = json.createParser(head)) {
      parser.nextToken();
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        keys.add(name);
        if (parser.nextToken() == JsonToken.VALUE_STRING && name.equals("type")) {
          type = parser.getString();
        }
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      // The head stops inside the file; the fields before the cut are what there is to go by.
    }
    return new TopLevel(keys, type);
  }

  /** The outermost fields seen in a head. */
  private record TopLevel(Set<String> keys, String type) {}
}
