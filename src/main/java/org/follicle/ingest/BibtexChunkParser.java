package org.follicle.ingest;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.follicle.ingest.BibtexChunks.Chunk;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;

/** Parses the chunks of one file with jbibtex, keeping the @string macros defined so far. */
final class BibtexChunkParser {

  /** What a chunk held: an entry, nothing to store (a @string), or why it could not be parsed. */
  record Parsed(Chunk chunk, BibTeXEntry entry, String problem) {}

  private static final Pattern POSITION = Pattern.compile(" at line \\d+, column \\d+\\.?");

  private final BibTeXParser parser = newParser();

  /** Parses one chunk; the macros of a @string chunk are kept for the chunks after it. */
  Parsed parse(Chunk chunk) {
    if (chunk.problem() != null) {
      return new Parsed(chunk, null, chunk.problem());
    }
    try {
      BibTeXDatabase database = parser.parse(new StringReader(chunk.text()));
      database.getStrings().values().forEach(parser::addMacro);
      BibTeXEntry entry = database.getEntries().values().stream().findFirst().orElse(null);
      return new Parsed(chunk, entry, null);
    } catch (ParseException e) {
      return new Parsed(chunk, null, reason(e, chunk.line()));
    } catch (TokenMgrException e) {
      return new Parsed(chunk, null, "not valid BibTeX: " + withoutPosition(e.getMessage()));
    }
  }

  private static BibTeXParser newParser() {
    try {
      return new TolerantParser();
    } catch (ParseException e) {
      // The constructor parses an empty text to define the month macros; that cannot fail.
      throw new IllegalStateException(e);
    }
  }

  private static String reason(ParseException e, int firstLine) {
    Token next = e.currentToken == null ? null : e.currentToken.next;
    if (next == null) {
      return "not valid BibTeX: " + withoutPosition(e.getMessage());
    }
    if (next.kind == 0) {
      return "not valid BibTeX: the entry ends before its last field is complete";
    }
    return "not valid BibTeX: unexpected '%s' at line %d"
        .formatted(next.image, firstLine + next.beginLine - 1);
  }

  /** The first line of jbibtex's message; its position counts from the chunk, not the file. */
  private static String withoutPosition(String message) {
    String first = message == null ? "" : message.lines().findFirst().orElse("");
    return POSITION.matcher(first).replaceAll("").strip();
  }

  /**
   * A parser that leaves undefined macros and crossref targets unresolved instead of failing the
   * whole input: macros are reported per field, and crossref is resolved across the whole file.
   */
  private static final class TolerantParser extends BibTeXParser {

    TolerantParser() throws ParseException {
      super();
    }

    @Override
    public void checkStringResolution(Key key, BibTeXString string) {
      // An undefined macro reads as empty, as in BibTeX; the mapping warns about it.
    }

    @Override
    public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
      // Each chunk is parsed alone, so the parent is usually in another chunk.
    }
  }
}
