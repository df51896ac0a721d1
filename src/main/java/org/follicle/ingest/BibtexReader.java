package org.follicle.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.follicle.ingest.BibtexChunkParser.Parsed;
import org.follicle.ingest.BibtexChunks.Chunk;
import org.jbibtex.BibTeXEntry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads BibTeX and BibLaTeX. The file is parsed entry by entry, so a broken entry is rejected with
 * its line and the others are kept; records are then mapped and handed on one at a time.
 */
@Component
@Order(ReaderOrder.BIBTEX)
class BibtexReader implements FormatReader {

  private static final Pattern ENTRY_START =
      Pattern.compile("^\\s*@\\s*[A-Za-z]+\\s*[{(]", Pattern.MULTILINE);
  // Comments and preambles hold nothing to store; an @include would make jbibtex read another
  // file, which an import must never do.
  private static final Set<String> SKIPPED = Set.of("comment", "preamble", "include");

  @Override
  public String id() {
    return "bibtex";
  }

  @Override
  public boolean recognizes(String fileName, byte[] head) {
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".bib")) {
      return true;
    }
    return ENTRY_START.matcher(BibtexEncoding.head(head)).find();
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) throws IOException {
    String text =
        BibtexEncoding.decode(in.readAllBytes(), source, reason -> sink.warn("line 1", reason));
    List<Parsed> entries = parse(BibtexChunks.split(text), sink);
    Map<String, BibTeXEntry> byKey = new HashMap<>();
    for (Parsed parsed : entries) {
      if (parsed.entry() != null) {
        byKey.putIfAbsent(BibtexFields.keyOf(parsed.entry().getKey().getValue()), parsed.entry());
      }
    }
    entries.forEach(parsed -> emit(parsed, byKey, sink));
  }

  /**
   * Parses every chunk before any record is mapped, because a crossref parent usually comes after
   * its children; @string definitions take effect for the chunks after them, as in BibTeX.
   */
  private static List<Parsed> parse(List<Chunk> chunks, RecordSink sink) {
    BibtexChunkParser parser = new BibtexChunkParser();
    List<Parsed> entries = new ArrayList<>();
    for (Chunk chunk : chunks) {
      if (SKIPPED.contains(chunk.kind())) {
        continue;
      }
      Parsed parsed = parser.parse(chunk);
      if (!chunk.kind().equals("string")) {
        entries.add(parsed);
      } else if (parsed.problem() != null) {
        sink.warn(
            location(chunk),
            parsed.problem() + "; the entries that use this macro leave its value out");
      }
    }
    return entries;
  }

  private static void emit(Parsed parsed, Map<String, BibTeXEntry> byKey, RecordSink sink) {
    String location = location(parsed.chunk());
    if (parsed.entry() == null) {
      sink.reject(location, parsed.problem() != null ? parsed.problem() : "no entry found");
      return;
    }
    Consumer<String> warnings = reason -> sink.warn(location, reason);
    try {
      BibtexFields fields = BibtexFields.of(parsed.entry(), byKey, warnings);
      sink.accept(BibtexEntryMapping.toRecord(fields, warnings));
    } catch (IllegalArgumentException e) {
      sink.reject(location, e.getMessage());
    }
  }

  /** Where a person finds the entry: "entry Smith2020 (line 12)". */
  private static String location(Chunk chunk) {
    String kind = chunk.kind().equals("string") ? "string" : "entry";
    String key = chunk.key().isEmpty() ? "" : " " + chunk.key();
    return "%s%s (line %d)".formatted(kind, key, chunk.line());
  }
}
