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
 * comparators and outcomes. In the title, the names of known conditions ({@link ConditionNames})
 * that the tagger left untagged are marked as conditions too: the tagger learned from a few hundred
 * titles and misses conditions it never saw.
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
  private final ConditionNames conditions;

  /**
   * A name finder is not thread-safe and costly to make (it builds its feature generators), so each
   * thread keeps one pair and clears what it remembers of the last document (its adaptive features)
   * before the next.
   */
  private final ThreadLocal<Finders> finders;

  private record Finders(NameFinderME title, NameFinderME body) {
    void startDocument() {
      title.clearAdaptiveData();
      body.clearAdaptiveData();
    }
  }

  PicoSpanTagger(TokenNameFinderModel title, TokenNameFinderModel body, ConditionNames conditions) {
    this.title = title;
    this.body = body;
    this.conditions = conditions;
    this.finders =
        ThreadLocal.withInitial(() -> new Finders(new NameFinderME(title), new NameFinderME(body)));
  }

  static PicoSpanTagger load() {
    return new PicoSpanTagger(model(TITLE_MODEL), model(BODY_MODEL), ConditionNames.load());
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
    Finders own = finders.get();
    own.startDocument();
    List<Tagged> tagged = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      TextSpan sentence = sentences.get(s);
      NameFinderME finder = s == 0 ? own.title() : own.body();
      List<TextSpan> tokens = WordTokens.of(text, sentence.start(), sentence.end());
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = tokens.stream().map(TextSpan::text).toArray(String[]::new);
      List<Span> found = new ArrayList<>(List.of(finder.find(words)));
      if (s == 0) {
        found.addAll(untaggedConditions(words, found));
      }
      for (Span span : found) {
        int start = tokens.get(span.getStart()).start();
        int end = tokens.get(span.getEnd() - 1).end();
        tagged.add(new Tagged(span.getType(), TextSpan.of(text, start, end), sentence));
      }
    }
    return tagged;
  }

  /** The named conditions that no tagged span touches. */
  private List<Span> untaggedConditions(String[] words, List<Span> tagged) {
    List<Span> untagged = new ArrayList<>();
    for (int[] named : conditions.find(words)) {
      Span span = new Span(named[0], named[1], CONDITION);
      if (tagged.stream().noneMatch(span::intersects)) {
        untagged.add(span);
      }
    }
    return untagged;
  }
}
