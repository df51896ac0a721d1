package org.follicle.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.follicle.catalog.PaperRecord;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Exports papers as citations: BibTeX, RIS, CSL-JSON, or references in APA, Vancouver or AMA. */
@Service
public class PaperExporter {

  private final JsonMapper json;
  private final Map<String, CitationStyle> styles = new ConcurrentHashMap<>();

  public PaperExporter(JsonMapper json) {
    this.json = json;
  }

  /**
   * Writes the papers to {@code out}, each as it comes from the stream, and flushes; the caller
   * closes both. Write errors are thrown as {@link UncheckedIOException}.
   */
  public void export(Stream<PaperRecord> papers, ExportFormat format, Writer out) {
    PaperWriter writer = writerFor(format, out);
    try {
      papers.forEachOrdered(paper -> write(writer, paper));
      writer.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One paper in the format, as a whole export of that paper alone. */
  public String export(PaperRecord paper, ExportFormat format) {
    StringWriter out = new StringWriter();
    export(Stream.of(paper), format, out);
    return out.toString();
  }

  private PaperWriter writerFor(ExportFormat format, Writer out) {
    return switch (format) {
      case BIBTEX -> new BibtexWriter(out);
      case RIS -> new RisWriter(out);
      case CSL_JSON -> new CslJsonWriter(json, out);
      case APA -> references("apa", out);
      case AMA -> references("american-medical-association", out);
      // The CSL repository's Vancouver style, under the id it has had since "vancouver" was
      // renamed; the styles jar has no file by the old name.
      case VANCOUVER -> references("nlm-citation-sequence", out);
    };
  }

  /** References in the CSL style, whose processor is loaded on first use and kept. */
  private PaperWriter references(String styleId, Writer out) {
    return new FormattedCitationWriter(styles.computeIfAbsent(styleId, PaperExporter::load), out);
  }

  private static CitationStyle load(String styleId) {
    try {
      return new CitationStyle(styleId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the CSL style " + styleId, e);
    }
  }

  private static void write(PaperWriter writer, PaperRecord paper) {
    try {
      writer.write(paper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
