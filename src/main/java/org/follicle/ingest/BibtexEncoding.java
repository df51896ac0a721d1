package org.follicle.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a BibTeX file: a byte order mark wins, then a JabRef {@code % Encoding:} header, else
 * UTF-8; bytes that are not valid UTF-8 are read as windows-1252, the usual encoding of such files.
 */
final class BibtexEncoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern HEADER =
      Pattern.compile(
          "^%\\s*Encoding:\\s*([\\w.:-]+)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  private static final int HEADER_BYTES = 1024;

  private BibtexEncoding() {}

  /** The file's text with line ends made {@code \n}; a fallback is reported to warnings. */
  static String decode(byte[] bytes, String source, Consumer<String> warnings) {
    Charset bom = byteOrderMark(bytes);
    int start = bom == null ? 0 : bomLength(bom);
    Charset charset = bom != null ? bom : declared(bytes, source, warnings);
    String text;
    try {
      text = strict(bytes, start, charset);
    } catch (CharacterCodingException e) {
      text = fallback(bytes, start, charset, source, warnings);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The first bytes of a file as text, good enough to look for an entry start. */
  static String head(byte[] head) {
    Charset bom = byteOrderMark(head);
    // ISO-8859-1 never fails and keeps ASCII, which is all an entry start is made of.
    Charset charset = bom == null || bom.equals(UTF_8) ? ISO_8859_1 : bom;
    int start = bom == null ? 0 : bomLength(bom);
    return new String(head, start, head.length - start, charset);
  }

  private static String fallback(
      byte[] bytes, int start, Charset charset, String source, Consumer<String> warnings) {
    if (charset.equals(UTF_8)) {
      warnings.accept(source + " is not valid UTF-8; it was read as windows-1252");
      return lenient(bytes, start, WINDOWS_1252);
    }
    warnings.accept(
        "%s has bytes that are not valid %s; they were replaced with \uFFFD"
            .formatted(source, charset.name()));
    return lenient(bytes, start, charset);
  }

  private static Charset byteOrderMark(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return UTF_8;
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return UTF_16BE;
    }
    return startsWith(bytes, 0xFF, 0xFE) ? UTF_16LE : null;
  }

  private static int bomLength(Charset bom) {
    return bom.equals(UTF_8) ? 3 : 2;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Charset declared(byte[] bytes, String source, Consumer<String> warnings) {
    String top = new String(bytes, 0, Math.min(bytes.length, HEADER_BYTES), ISO_8859_1);
    Matcher header = HEADER.matcher(top);
    if (!header.find()) {
      return UTF_8;
    }
    try {
      return Charset.forName(header.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.accept(
          "%s declares the unknown encoding '%s'; it was read as UTF-8"
              .formatted(source, header.group(1)));
      return UTF_8;
    }
  }

  private static String strict(byte[] bytes, int start, Charset charset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  private static String lenient(byte[] bytes, int start, Charset charset) {
    return new String(bytes, start, bytes.length - start, charset);
  }
}
