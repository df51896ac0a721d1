package org.follicle.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names of diseases and conditions in the public MeSH (tree C) and Disease Ontology synonym
 * lists, keyed as {@link ConditionNames} matches them, for the list shipped with the taggers. Left
 * out are neoplasms (MeSH tree C04, and Disease Ontology terms mapped to it), because in a trial of
 * cancer patients the cancer is who was studied and the condition is what the treatment is for
 * (lymphoedema, hot flashes, hair loss); inverted MeSH entries ("Neoplasms, Abdominal"); and
 * one-word names of three letters or fewer, mostly abbreviations that also spell common words
 * ("AS", "ALL").
 */
final class ConditionLexicon {

  private static final int SHORTEST_SINGLE_WORD = 4;
  private static final String NEOPLASMS = "C04";

  private ConditionLexicon() {}

  /** The names keyed from the synonym files in {@code folder}, sorted. */
  static SortedSet<String> read(Path folder) throws IOException {
    Set<String> neoplasms = neoplasmDescriptors(folder);
    SortedSet<String> names = new TreeSet<>();
    JsonMapper json = JsonMapper.builder().build();
    for (String line :
        Files.readAllLines(
            folder.resolve("mesh_disease_synonym_groups.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode group = json.readTree(line);
      if (!neoplasms.contains(group.get("mesh_descriptor_ui").asString())) {
        group.get("terms").forEach(term -> add(names, term.asString()));
      }
    }
    for (String line : rows(folder.resolve("do_synonyms_2016.tsv"))) {
      String[] columns = line.split("\t", -1);
      boolean neoplasm =
          Arrays.stream(columns[4].split(","))
              .anyMatch(xref -> neoplasms.contains(xref.replace("MESH:", "")));
      if (!neoplasm) {
        add(names, columns[1]);
        add(names, columns[2]);
      }
    }
    return names;
  }

  /** The MeSH descriptors filed under neoplasms. */
  private static Set<String> neoplasmDescriptors(Path folder) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : rows(folder.resolve("mesh_tree_numbers_2015.tsv"))) {
      String[] columns = line.split("\t");
      if (columns[2].startsWith(NEOPLASMS)) {
        ids.add(columns[0]);
      }
    }
    return ids;
  }

  private static List<String> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size());
  }

  private static void add(Set<String> names, String name) {
    if (name.isBlank() || name.contains(",")) {
      return;
    }
    List<String> tokens = WordTokens.of(name).stream().map(TextSpan::text).toList();
    if (tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).length() < SHORTEST_SINGLE_WORD)) {
      return;
    }
    names.add(ConditionNames.key(tokens));
  }
}
