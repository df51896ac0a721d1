package org.follicle.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Marks the interventions, comparators, conditions and outcomes of an abstract with two OpenNLP
 * name finders (maximum entropy over word, shape and context features, BIO coded) learned from
 * PICO-Corpus by {@code FactModelTraining}: one for the title, which names the intervention and the
 * condition in nearly every annotated abstract, and one for the other sentences, which report
 * comparators and outcomes.
 */
final class PicoSpanTagger {

  static final String TITLE_MODEL = "/evidence/pico-title-spans.bin";

  static final String BODY_MODEL = "/evidence/pico-body-spans.bin";

  /** The span types the tagger knows, as in its model. */
  static final String INTERVENTION = "intervention";

  static final String CONTROL = "control";
  static final String CONDITION = "condition";
  static final String OUTCOME = "outcome";

  private final TokenNameFinderModel title;
  private final TokenNameFinderModel body;

  PicoSpanTagger(TokenNameFinderModel title, TokenNameFinderModel body) {
    this.title = title;
    this.body = body;
  }

  static PicoSpanTagger load() {
    return new PicoSpanTagger(model(TITLE_MODEL), model(BODY_MODEL));
  }

  private static TokenNameFinderModel model(String resource) {
    try (InputStream in = PicoSpanTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("PICO span model missing: " + resource);
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tagged stretch of the text and the sentence it lies in. */
  record Tagged(String type, TextSpan span, TextSpan sentence) {}

  /** The spans of one abstract whose first sentence is its title, sentence by sentence. */
  List<Tagged> tag(String text, List<TextSpan> sentences) {
    // A name finder remembers earlier sentences of the same document (adaptive features) and is
    // not thread-safe: one per document.
    NameFinderME titleFinder = new NameFinderME(title);
    NameFinderME bodyFinder = new NameFinderME(body);
    List<Tagged> tagged = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      TextSpan sentence = sentences.get(s);
      NameFinderME finder = s == 0 ? titleFinder : bodyFinder;
      List<TextSpan> tokens = WordTokens.of(text, sentence.start(), sentence.end());
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = tokens.stream().map(TextSpan::text).toArray(String[]::new);
      for (Span found : finder.find(words)) {
        int start = tokens.get(found.getStart()).start();
        int end = tokens.get(found.getEnd() - 1).end();
        tagged.add(new Tagged(found.getType(), TextSpan.of(text, start, end), sentence));
      }
    }
    return tagged;
  }
}
