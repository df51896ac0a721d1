package org.follicle.evidence;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learns the two study-fact models shipped in {@code src/main/resources/evidence} from a
 * PICO-Corpus file: the span tagger (interventions, comparators, conditions, outcomes) and the
 * participant-count classifier; and writes there the condition names ({@link ConditionNames}) made
 * from the MeSH and Disease Ontology synonym lists in the {@code synonyms} folder beside the
 * corpus's folder. Training is deterministic. Run it with
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.follicle.evidence.FactModelTraining ../shared/data/eval/pico-corpus/pico_corpus.jsonl \
 *     [--validate]
 * </pre>
 *
 * With {@code --validate} it learns from four fifths of the abstracts (by PMID) and prints the
 * scores on the fifth it did not see, writing no model.
 */
public final class FactModelTraining {

  private static final int SPAN_ITERATIONS = 150;
  private static final int COUNT_ITERATIONS = 200;

  /** OpenNLP's default name-finder features plus the word's first and last four letters. */
  private static final String TITLE_FEATURES =
      """
      <featureGenerators cache="true" name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
        </generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
            <bool name="lowercase">true</bool>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
          <bool name="begin">true</bool>
          <bool name="end">false</bool>
        </generator>
        <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
          <int name="length">4</int>
        </generator>
        <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
          <int name="length">4</int>
        </generator>
      </featureGenerators>
      """;

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    boolean validate = args.length > 1 && args[1].equals("--validate");
    List<PicoAbstract> all = read(corpus);
    List<PicoAbstract> training = validate ? split(all, false) : all;
    SortedSet<String> conditions = ConditionLexicon.read(synonyms(corpus));
    TokenNameFinderModel title = trainTitleSpans(training);
    TokenNameFinderModel body = trainSpans(training, false, new TokenNameFinderFactory());
    MaxentModel counts = trainCounts(training);
    if (validate) {
      Path held = Files.createTempFile("pico-validation", ".jsonl");
      JsonMapper json = JsonMapper.builder().build();
      Files.write(held, split(all, true).stream().map(json::writeValueAsString).toList());
      FactsEvaluation evaluation =
          new FactsEvaluation(
              new StudyFactExtractor(
                  new PicoSpanTagger(title, body, new ConditionNames(conditions)),
                  new ParticipantCounts(counts)));
      System.out.println("validation on " + held);
      evaluation.run(held, new StringWriter()).lines().forEach(System.out::println);
      Files.delete(held);
      return;
    }
    Path resources = Path.of("src/main/resources");
    try (OutputStream out =
        Files.newOutputStream(resources.resolve(PicoSpanTagger.TITLE_MODEL.substring(1)))) {
      title.serialize(out);
    }
    try (OutputStream out =
        Files.newOutputStream(resources.resolve(PicoSpanTagger.BODY_MODEL.substring(1)))) {
      body.serialize(out);
    }
    try (DataOutputStream out =
        new DataOutputStream(
            new GZIPOutputStream(
                Files.newOutputStream(resources.resolve(ParticipantCounts.MODEL.substring(1)))))) {
      new BinaryGISModelWriter((AbstractModel) counts, out).persist();
    }
    try (Writer out =
        new OutputStreamWriter(
            new GZIPOutputStream(
                Files.newOutputStream(resources.resolve(ConditionNames.RESOURCE.substring(1)))),
            StandardCharsets.UTF_8)) {
      for (String name : conditions) {
        out.write(name + "\n");
      }
    }
    System.out.println("models written under " + resources.resolve("evidence"));
  }

  static List<PicoAbstract> read(Path corpus) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    return Files.readAllLines(corpus, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .map(l -> json.readValue(l, PicoAbstract.class))
        .toList();
  }

  /** A fixed fifth of the abstracts by PMID (held), or the rest. */
  private static List<PicoAbstract> split(List<PicoAbstract> all, boolean held) {
    return all.stream().filter(a -> (Math.floorMod(a.pmid().hashCode(), 5) == 0) == held).toList();
  }

  /** The synonym folder next to the corpus folder ({@code eval/synonyms} for {@code eval/x/f}). */
  private static Path synonyms(Path corpus) {
    return corpus.toAbsolutePath().getParent().resolveSibling("synonyms");
  }

  /**
   * The title tagger, whose features add to OpenNLP's defaults the word's prefixes and suffixes
   * ("-itis", "-emia", "-pathy", "anti-"); the feature description travels inside the model, so the
   * tagger computes the same features when it runs.
   */
  static TokenNameFinderModel trainTitleSpans(List<PicoAbstract> abstracts) throws IOException {
    return trainSpans(
        abstracts,
        true,
        new TokenNameFinderFactory(
            TITLE_FEATURES.getBytes(StandardCharsets.UTF_8), Map.of(), new BioCodec()));
  }

  /** The tagger of titles (every type) or of the other sentences (comparators and outcomes). */
  static TokenNameFinderModel trainSpans(
      List<PicoAbstract> abstracts, boolean titles, TokenNameFinderFactory features)
      throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (PicoAbstract pico : abstracts) {
      List<TextSpan> sentences = Sentences.split(pico.text());
      if (titles) {
        samples.add(sample(pico, sentences.get(0), true, true));
      }
      for (int s = 1; !titles && s < sentences.size(); s++) {
        samples.add(sample(pico, sentences.get(s), s == 1, false));
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, SPAN_ITERATIONS);
    // Features seen fewer times are dropped: the body's tagger, with many more sentences, would
    // otherwise ship rare features that make it several times larger for no gain.
    params.put(TrainingParameters.CUTOFF_PARAM, titles ? 2 : 5);
    return NameFinderME.train(
        "en", null, ObjectStreamUtils.createObjectStream(samples), params, features);
  }

  private static NameSample sample(
      PicoAbstract pico, TextSpan sentence, boolean first, boolean title) {
    List<TextSpan> tokens = WordTokens.of(pico.text(), sentence.start(), sentence.end());
    List<Span> names = new ArrayList<>();
    int taken = -1;
    for (PicoAbstract.Entity e :
        pico.entities().stream()
            .sorted(java.util.Comparator.comparingInt(PicoAbstract.Entity::start))
            .toList()) {
      String type = type(e.label());
      boolean bodyType = PicoSpanTagger.CONTROL.equals(type) || PicoSpanTagger.OUTCOME.equals(type);
      if (type == null
          || (!title && !bodyType)
          || e.start() < sentence.start()
          || e.end() > sentence.end()) {
        continue;
      }
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).overlaps(e.start(), e.end())) {
          from = from < 0 ? i : from;
          to = i + 1;
        }
      }
      if (from > taken && from >= 0) {
        names.add(new Span(from, to, type));
        taken = to - 1;
      }
    }
    return new NameSample(
        tokens.stream().map(TextSpan::text).toArray(String[]::new),
        names.toArray(Span[]::new),
        first);
  }

  private static String type(String label) {
    return switch (label) {
      case "intervention" -> PicoSpanTagger.INTERVENTION;
      case "control" -> PicoSpanTagger.CONTROL;
      case "condition" -> PicoSpanTagger.CONDITION;
      case "outcome", "outcome-Measure" -> PicoSpanTagger.OUTCOME;
      default -> null;
    };
  }

  static MaxentModel trainCounts(List<PicoAbstract> abstracts) throws IOException {
    List<Event> events = new ArrayList<>();
    for (PicoAbstract pico : abstracts) {
      CountFeatures.Document doc = CountFeatures.Document.of(pico.text());
      for (int i = 0; i < doc.mentions().size(); i++) {
        TextSpan span = doc.mentions().get(i).span();
        events.add(new Event(outcome(pico, span), CountFeatures.of(doc, i)));
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, COUNT_ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    return TrainerFactory.getEventTrainer(params, null)
        .train(ObjectStreamUtils.createObjectStream(events));
  }

  private static String outcome(PicoAbstract pico, TextSpan span) {
    for (PicoAbstract.Entity e : pico.entities()) {
      if (span.overlaps(e.start(), e.end())) {
        switch (e.label()) {
          case "total-participants":
            return ParticipantCounts.TOTAL;
          case "intervention-participants":
            return ParticipantCounts.INTERVENTION_ARM;
          case "control-participants":
            return ParticipantCounts.CONTROL_ARM;
          default:
            break;
        }
      }
    }
    return ParticipantCounts.OTHER;
  }

  private FactModelTraining() {}
}
