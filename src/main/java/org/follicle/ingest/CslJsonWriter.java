package org.follicle.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.follicle.catalog.PaperRecord;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes papers as a CSL-JSON array, one item at a time. */
final class CslJsonWriter implements PaperWriter {

  private final ObjectWriter json;
  private final Writer out;
  private final CitationKeys keys = new CitationKeys();
  private boolean first = true;

  CslJsonWriter(JsonMapper json, Writer out) {
    this.json = json.writerWithDefaultPrettyPrinter();
    this.out = out;
  }

  @Override
  public void write(PaperRecord paper) throws IOException {
    Map<String, Object> item = CslItem.of(paper, keys.next(paper));
    // Not CSL's fields, but those the CSL-JSON reader takes back, so nothing is lost on a
    // re-import.
    if (paper.articleType() != null) {
      item.put("genre", paper.articleType());
    }
    if (paper.abstractWrittenByFollicle() && item.containsKey("abstract")) {
      item.put("custom", Map.of(CslItemMapping.ABSTRACT_PROVENANCE, "follicle"));
    }
    // The item is written as a string because writing to the Writer would close it.
    out.write(first ? "[\n" : ",\n");
    out.write(json.writeValueAsString(item));
    first = false;
  }

  @Override
  public void finish() throws IOException {
    out.write(first ? "[\n]\n" : "\n]\n");
  }
}
