package org.follicle.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits BibTeX text into one chunk per {@code @} block, so that jbibtex, which gives up on a whole
 * input at its first error, sees one entry at a time and a broken entry spoils only itself.
 */
final class BibtexChunks {

  /**
   * One {@code @} block: its type and key as written, the line it starts on, and either the text
   * for jbibtex (always braced, whatever the file used) or why it is broken.
   */
  record Chunk(String type, String key, int line, String text, String problem) {

    /** The block's type in lower case: "article", "string", "comment". */
    String kind() {
      return type.toLowerCase(Locale.ROOT);
    }
  }

  /** Where a block's closing delimiter is, or why it has none that can be trusted. */
  private record Scan(int end, String problem) {}

  // Real values nest braces and concatenate with '#' a few levels deep; jbibtex's parsers recurse
  // per level, so a hostile file going thousands deep would overflow the stack.
  private static final int MAX_DEPTH = 64;

  // An entry start at the very beginning of a line splits even inside braces: a brace left open
  // by a broken entry must not swallow the entries after it.
  private static final Pattern START = Pattern.compile("^@\\s*[A-Za-z]\\w*\\s*[{(]");
  private static final Pattern INDENTED_START = Pattern.compile("^\\s*@\\s*[A-Za-z]");
  private static final Pattern HEAD = Pattern.compile("\\s*@\\s*([A-Za-z]\\w*)\\s*");
  private static final Pattern KEY = Pattern.compile("\\s*([^\\s,={}()\"#]*)\\s*([,=]?)");
  private static final Pattern FIELD = Pattern.compile("([A-Za-z][\\w+:.-]*)\\s*=");

  private BibtexChunks() {}

  /** The chunks of a text whose line ends are {@code \n}; text before the first '@' is skipped. */
  static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    StringBuilder current = null;
    int startLine = 0;
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      if (START.matcher(lines[i]).find()
          || (depth == 0 && INDENTED_START.matcher(lines[i]).find())) {
        if (current != null) {
          chunks.add(chunk(current.toString(), startLine));
        }
        current = new StringBuilder();
        startLine = i + 1;
        depth = 0;
      }
      if (current != null) {
        current.append(lines[i]).append('\n');
        depth = Math.max(0, depth + braceBalance(lines[i]));
      }
    }
    if (current != null) {
      chunks.add(chunk(current.toString(), startLine));
    }
    return chunks;
  }

  private static int braceBalance(String line) {
    int balance = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      balance += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    return balance;
  }

  private static Chunk chunk(String text, int line) {
    Matcher head = HEAD.matcher(text);
    head.lookingAt();
    String type = head.group(1);
    int open = head.end();
    if (open >= text.length() || (text.charAt(open) != '{' && text.charAt(open) != '(')) {
      return new Chunk(type, "", line, null, "no '{' or '(' follows @" + type);
    }
    Matcher key = KEY.matcher(text).region(open + 1, text.length());
    key.lookingAt();
    boolean named = !type.equalsIgnoreCase("string") && !type.equalsIgnoreCase("preamble");
    // EndNote writes entries without a key; jbibtex would take the first field name for it.
    boolean keyless = named && key.group(2).equals("=");
    String citationKey = keyless ? "" : key.group(1);
    Scan scan = scan(text, open, line);
    if (scan.problem() != null) {
      return new Chunk(type, citationKey, line, null, scan.problem());
    }
    String body = text.substring(open + 1, scan.end());
    return new Chunk(
        type, citationKey, line, "@" + type + "{" + (keyless ? "," : "") + body + "}", null);
  }

  /**
   * Finds the end of the block opened at {@code open}. Braces nest; a quoted value is only
   * recognised outside braces, as BibTeX does; either '}' or ')' closes, since no value can hold a
   * bare one outside braces and quotes.
   */
  private static Scan scan(String text, int open, int firstLine) {
    Deque<Integer> braces = new ArrayDeque<>();
    int quote = -1;
    int concatenations = 0;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean outside = braces.isEmpty() && quote < 0;
      if (c == '{') {
        braces.push(i);
      } else if (c == '}' && !braces.isEmpty()) {
        braces.pop();
      } else if (braces.isEmpty() && c == '"') {
        quote = quote < 0 ? i : -1;
      } else if (outside && (c == '}' || c == ')')) {
        return new Scan(i, null);
      }
      concatenations += outside && c == '#' ? 1 : 0;
      if (braces.size() > MAX_DEPTH || concatenations > MAX_DEPTH) {
        return new Scan(-1, tooDeep(text, i, firstLine));
      }
    }
    return new Scan(-1, unclosed(text, firstLine, braces.isEmpty() ? -1 : braces.getLast(), quote));
  }

  private static String tooDeep(String text, int position, int firstLine) {
    return "braces nested or values concatenated with '#' more than %d deep at line %d"
        .formatted(MAX_DEPTH, firstLine + lineOffset(text, position));
  }

  private static String unclosed(String text, int firstLine, int brace, int quote) {
    int position = brace >= 0 ? brace : quote;
    if (position < 0) {
      return "the entry is never closed: no '}' or ')' before the next entry";
    }
    String field = fieldBefore(text, position);
    return "unbalanced %s: the %s opened%s at line %d is never closed"
        .formatted(
            brace >= 0 ? "braces" : "quotes",
            brace >= 0 ? "'{'" : "'\"'",
            field == null ? "" : " in field " + field,
            firstLine + lineOffset(text, position));
  }

  private static String fieldBefore(String text, int position) {
    Matcher field = FIELD.matcher(text).region(0, position);
    String name = null;
    while (field.find()) {
      name = field.group(1).toLowerCase(Locale.ROOT);
    }
    return name;
  }

  private static int lineOffset(String text, int position) {
    int lines = 0;
    for (int i = 0; i < position; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
