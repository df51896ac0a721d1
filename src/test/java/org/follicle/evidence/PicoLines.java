package org.follicle.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.follicle.SharedData;
import tools.jackson.databind.json.JsonMapper;

/** Real abstracts of the shared PICO-Corpus file, found by PMID. */
final class PicoLines {

  private PicoLines() {}

  static PicoAbstract byPmid(String pmid) {
    try {
      List<String> lines =
          Files.readAllLines(
              SharedData.file("eval/pico-corpus/pico_corpus.jsonl"), StandardCharsets.UTF_8);
      JsonMapper json = JsonMapper.builder().build();
      return lines.stream()
          .map(l -> json.readValue(l, PicoAbstract.class))
          .filter(a -> a.pmid().equals(pmid))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
