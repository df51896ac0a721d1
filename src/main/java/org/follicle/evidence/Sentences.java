package org.follicle.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an abstract into sentences with OpenNLP's English model, then joins the pieces it cuts
 * wrongly: after abbreviations such as "et al." or "Fig.", and before a piece that starts in lower
 * case, which a real sentence never does.
 */
final class Sentences {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?i)(?:\\bet al|\\bfigs?|\\be\\.g|\\bi\\.e|\\bvs|\\bapprox|\\bca|\\bcf|\\bno|\\bnos"
              + "|\\bref|\\bdr|\\bsp|\\bspp|\\bincl|\\bresp|\\bmax|\\bmin|\\btab)\\.$");

  private static final SentenceModel model = load();

  /** The sentences of a text, as spans into it. */
  static List<TextSpan> split(String text) {
    // SentenceDetectorME keeps state per call and is not thread-safe: one per call is cheap.
    Span[] pieces = new SentenceDetectorME(model).sentPosDetect(text);
    List<TextSpan> sentences = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Span piece : pieces) {
      if (start >= 0 && continues(text, end, piece.getStart())) {
        end = piece.getEnd();
        continue;
      }
      if (start >= 0) {
        sentences.add(TextSpan.of(text, start, end));
      }
      start = piece.getStart();
      end = piece.getEnd();
    }
    if (start >= 0) {
      sentences.add(TextSpan.of(text, start, end));
    }
    return sentences;
  }

  private static boolean continues(String text, int previousEnd, int nextStart) {
    String before = text.substring(Math.max(0, previousEnd - 12), previousEnd);
    char first = text.charAt(nextStart);
    return ABBREVIATION_END.matcher(before).find()
        || Character.isLowerCase(first)
        || !text.substring(previousEnd - 1, previousEnd).matches("[.!?]");
  }

  private static SentenceModel load() {
    try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model missing from the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Sentences() {}
}
