package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.follicle.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every TLDR is faithful to its abstract: each number and each drug or condition name in it (MeSH
 * disease terms, Disease Ontology synonyms, Follicle's hair-loss list) appears in the source, as
 * does every word; and it is one complete sentence of at most 30 words. Every paper with an
 * abstract gets a plain-language summary, and it is faithful too: at most 5 sentences, 3 unless the
 * abstract gives fewer, whose numbers and names are the source's, where a glossary's plain name
 * counts only beside the source's own name in parentheses. Checked over the whole SciTLDR dev set
 * and every PubMed file of the shared data.
 */
class TldrFaithfulnessTests {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final int LONGEST_NAME = 8;
  private static final Set<String> NAMES = new HashSet<>();

  private final TldrGenerator generator = new TldrGenerator();
  private int threeOrMore;
  private final PlainSummaryGenerator plainGenerator = new PlainSummaryGenerator();
  private final PlainWords glossary = PlainWords.shipped();

  @BeforeAll
  static void readNames() throws IOException {
    Path synonyms = SharedData.file("eval/synonyms");
    for (String line : Files.readAllLines(synonyms.resolve("mesh_disease_synonyms.tsv"))) {
      addName(line.split("\t")[0]);
    }
    for (String line : Files.readAllLines(synonyms.resolve("do_synonyms_2016.tsv"))) {
      String[] cells = line.split("\t");
      addName(cells[1]);
      addName(cells[2]);
    }
    try (InputStream list =
        TldrFaithfulnessTests.class.getResourceAsStream("/search/hair-loss-synonyms.tsv")) {
      for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#")) {
          List.of(line.split("\t")).forEach(TldrFaithfulnessTests::addName);
        }
      }
    }
  }

  @Test
  void sciTldrDevTldrsSayOnlyWhatTheAbstractSays() throws IOException {
    List<SciTldrPaper> papers =
        SciTldrFile.readAll(SharedData.file("eval/scitldr/SciTLDR-A/dev.jsonl"));
    int checked = 0;
    for (SciTldrPaper paper : papers) {
      String source = paper.title() + " " + String.join(" ", paper.source());
      checked += check(generator.fromSentences(paper.title(), paper.source()).orElse(null), source);
    }
    assertThat(papers).hasSize(619);
    assertThat(checked).isGreaterThan(600);
  }

  @Test
  void pubmedTldrsSayOnlyWhatTheAbstractSays() throws IOException {
    List<PubmedAbstracts.Article> articles = PubmedAbstracts.under(SharedData.file("pubmed"));
    int checked = 0;
    for (PubmedAbstracts.Article article : articles) {
      List<String> sentences = new ArrayList<>();
      article.sections().forEach(s -> sentences.addAll(SentenceSplitter.split(s)));
      String source = article.title() + " " + String.join(" ", article.sections());
      checked += check(generator.fromSentences(article.title(), sentences).orElse(null), source);
    }
    assertThat(articles).hasSizeGreaterThan(500);
    assertThat(checked).isGreaterThan(articles.size() * 9 / 10);
  }

  @Test
  void sciTldrDevPlainSummariesSayOnlyWhatTheAbstractSays() throws IOException {
    List<SciTldrPaper> papers =
        SciTldrFile.readAll(SharedData.file("eval/scitldr/SciTLDR-A/dev.jsonl"));
    int checked = 0;
    for (SciTldrPaper paper : papers) {
      String source = paper.title() + " " + String.join(" ", paper.source());
      checked += checkPlain(plainGenerator.fromSentences(paper.source()).orElse(null), source);
    }
    assertThat(checked).isEqualTo(papers.size());
    assertThat(threeOrMore).isGreaterThanOrEqualTo(papers.size() * 98 / 100);
  }

  @Test
  void pubmedPlainSummariesSayOnlyWhatTheAbstractSays() throws IOException {
    List<PubmedAbstracts.Article> articles = PubmedAbstracts.under(SharedData.file("pubmed"));
    int checked = 0;
    for (PubmedAbstracts.Article article : articles) {
      List<String> sentences = new ArrayList<>();
      article.sections().forEach(s -> sentences.addAll(SentenceSplitter.split(s)));
      String source = article.title() + " " + String.join(" ", article.sections());
      checked += checkPlain(plainGenerator.fromSentences(sentences).orElse(null), source);
    }
    // The few without one have no abstract, a correction notice or MathML only.
    assertThat(checked).isGreaterThan(articles.size() * 99 / 100);
    assertThat(threeOrMore).isGreaterThanOrEqualTo(checked * 98 / 100);
  }

  /** Checks one plain summary against its source; returns 1 if there was a summary to check. */
  private int checkPlain(String summary, String source) {
    if (summary == null) {
      return 0;
    }
    int sentences = SentenceSplitter.split(summary).size();
    assertThat(sentences).as(summary).isBetween(1, 5);
    threeOrMore += sentences >= 3 ? 1 : 0;
    assertThat(numbers(source)).as(summary).containsAll(numbers(summary));
    String sourceText = " " + String.join(" ", Tokens.of(source)) + " ";
    // Names are looked for between punctuation: a dropped aside may bring two phrases together.
    for (String phrase : withoutExplainedPlainNames(summary, sourceText).split("[,;:.()]")) {
      for (String name : names(Tokens.of(phrase))) {
        assertThat(sourceText).as("%s names %s", summary, name).contains(" " + name + " ");
      }
    }
    return 1;
  }

  /**
   * The summary without the glossary's plain names that stand, somewhere in it, right before the
   * source's own name in parentheses: "pattern hair loss (androgenetic alopecia)".
   */
  private String withoutExplainedPlainNames(String summary, String sourceText) {
    String text = summary.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, PlainWords.Entry> entry : glossary.entries().entrySet()) {
      String plain = entry.getValue().plain().toLowerCase(Locale.ROOT);
      boolean explained = text.contains(plain + " (" + entry.getKey() + ")");
      if (explained
          && sourceText.contains(" " + String.join(" ", Tokens.of(entry.getKey())) + " ")) {
        text = text.replace(plain + " (", "(").replace(plain, " ");
      }
    }
    return text;
  }

  /** Checks one TLDR against its source; returns 1 if there was a TLDR to check. */
  private static int check(String tldr, String source) {
    if (tldr == null) {
      return 0;
    }
    assertThat(Tokens.words(tldr)).as(tldr).isBetween(1, 30);
    assertThat(SentenceSplitter.split(tldr)).as("one sentence").containsExactly(tldr);
    assertThat(tldr).as("ends as a sentence").matches("(?s).*[.!?][\"')\\]]?");
    assertThat(numbers(source)).as(tldr).containsAll(numbers(tldr));
    List<String> sourceTokens = Tokens.of(source);
    assertThat(sourceTokens).as(tldr).containsAll(Tokens.of(tldr));
    String sourceText = " " + String.join(" ", sourceTokens) + " ";
    for (String name : names(Tokens.of(tldr))) {
      assertThat(sourceText).as("%s names %s", tldr, name).contains(" " + name + " ");
    }
    return 1;
  }

  private static Set<String> numbers(String text) {
    Set<String> numbers = new HashSet<>();
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find()) {
      numbers.add(matcher.group());
    }
    return numbers;
  }

  /** The drug and condition names in a text, as runs of its tokens. */
  private static Set<String> names(List<String> tokens) {
    Set<String> found = new HashSet<>();
    for (int start = 0; start < tokens.size(); start++) {
      for (int end = start + 1; end <= Math.min(tokens.size(), start + LONGEST_NAME); end++) {
        String run = String.join(" ", tokens.subList(start, end));
        if (NAMES.contains(run)) {
          found.add(run);
        }
      }
    }
    return found;
  }

  private static void addName(String name) {
    List<String> tokens = Tokens.of(name);
    if (!tokens.isEmpty() && tokens.size() <= LONGEST_NAME) {
      NAMES.add(String.join(" ", tokens));
    }
  }
}
