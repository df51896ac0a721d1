package org.follicle.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synonyms search applies: groups of terms for one concept, imported from MeSH and Disease
 * Ontology files into the catalogue's database, plus the project's own hair-loss list.
 */
@Service
public class Synonyms {

  /** The project's own list, applied with whatever an operator imports. */
  static final String OWN_LIST = "/search/hair-loss-synonyms.tsv";

  private static final int PROBLEMS_KEPT = 100;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private volatile SynonymTable table;

  Synonyms(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What an import of a synonym file did. */
  public record Report(long groups, long terms, long rejected, List<String> problems) {

    /** One line for the end of the run. */
    public String summaryLine() {
      return "synonyms: %d groups, %d terms, rejected %d".formatted(groups, terms, rejected);
    }
  }

  /**
   * Imports a synonym file, replacing the groups it names: MeSH entry terms ({@code term
   * mesh_descriptor_ui}), Disease Ontology synonyms ({@code doid name synonym scope mesh_xrefs};
   * EXACT ones only) or MeSH groups as JSON lines ({@code mesh_descriptor_ui}, {@code terms}).
   */
  @Transactional
  public Report importFile(Path file) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    long[] rejected = {0};
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      SynonymFormat format = SynonymFormat.of(header, file);
      if (format == SynonymFormat.MESH_GROUPS) {
        // JSON lines have no header: the first line is a group.
        format.read(header, groups);
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          format.read(line, groups);
        } catch (IllegalArgumentException e) {
          rejected[0]++;
          if (problems.size() < PROBLEMS_KEPT) {
            problems.add("%s line %d: %s".formatted(file, number, e.getMessage()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
    long terms = store(groups);
    forget();
    return new Report(groups.size(), terms, rejected[0], problems);
  }

  private long store(Map<String, Set<String>> groups) {
    List<Object[]> deletes = groups.keySet().stream().map(g -> new Object[] {g}).toList();
    jdbc.batchUpdate("delete from search_synonym where group_key = ?", deletes);
    List<Object[]> rows = new ArrayList<>();
    groups.forEach(
        (group, terms) -> {
          Set<String> keys = new LinkedHashSet<>();
          for (String term : terms) {
            String key = SynonymKey.of(term);
            if (!key.isEmpty() && key.length() <= 500 && keys.add(key)) {
              rows.add(
                  new Object[] {group, term.length() > 500 ? term.substring(0, 500) : term, key});
            }
          }
        });
    jdbc.batchUpdate(
        "insert into search_synonym (group_key, term, term_key) values (?, ?, ?)", rows);
    return rows.size();
  }

  /** Drops the synonyms held in memory: they are read again for the next query. */
  void forget() {
    table = null;
  }

  /** The terms to search for as well as the words of a query, most specific matches first. */
  List<String> expansions(String text) {
    return table().expansions(text);
  }

  private SynonymTable table() {
    SynonymTable current = table;
    if (current == null) {
      Map<String, List<String>> groups = new LinkedHashMap<>();
      jdbc.query(
          "select group_key, term from search_synonym",
          row -> {
            groups.computeIfAbsent(row.getString(1), g -> new ArrayList<>()).add(row.getString(2));
          });
      ownList().forEach((group, terms) -> groups.put(group, terms));
      current = new SynonymTable(groups);
      table = current;
    }
    return current;
  }

  private static Map<String, List<String>> ownList() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    try (InputStream in = Synonyms.class.getResourceAsStream(OWN_LIST);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          groups.put("follicle:" + groups.size(), List.of(line.split("\t")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + OWN_LIST, e);
    }
    return groups;
  }

  /** The layouts of synonym files, told apart by their header line. */
  private enum SynonymFormat {
    MESH_TERMS {
      @Override
      void read(String line, Map<String, Set<String>> groups) {
        String[] cells = cells(line, 2);
        add(groups, "mesh:" + cells[1].strip(), cells[0]);
      }
    },
    DISEASE_ONTOLOGY {
      @Override
      void read(String line, Map<String, Set<String>> groups) {
        String[] cells = cells(line, 4);
        if (cells[3].strip().equals("EXACT")) {
          add(groups, "do:" + cells[0].strip(), cells[1]);
          add(groups, "do:" + cells[0].strip(), cells[2]);
        }
      }
    },
    MESH_GROUPS {
      @Override
      void read(String line, Map<String, Set<String>> groups) {
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("not a JSON object");
        }
        String ui = node.path("mesh_descriptor_ui").asString("");
        if (ui.isBlank() || !node.path("terms").isArray()) {
          throw new IllegalArgumentException("needs mesh_descriptor_ui and a terms list");
        }
        node.path("terms").forEach(term -> add(groups, "mesh:" + ui, term.asString("")));
      }
    };

    abstract void read(String line, Map<String, Set<String>> groups);

    static SynonymFormat of(String header, Path file) {
      String first = header == null ? "" : header.strip();
      if (first.equals("term\tmesh_descriptor_ui")) {
        return MESH_TERMS;
      }
      if (first.startsWith("doid\tname\tsynonym\tscope")) {
        return DISEASE_ONTOLOGY;
      }
      if (first.startsWith("{") && first.contains("\"mesh_descriptor_ui\"")) {
        return MESH_GROUPS;
      }
      throw new IllegalArgumentException(
          file
              + ": not a synonym file; expected a 'term<TAB>mesh_descriptor_ui' or"
              + " 'doid<TAB>name<TAB>synonym<TAB>scope' header, or MeSH groups as JSON lines");
    }

    private static String[] cells(String line, int needed) {
      String[] cells = line.split("\t", -1);
      if (cells.length < needed) {
        throw new IllegalArgumentException(
            "expected %d tab-separated columns, found %d".formatted(needed, cells.length));
      }
      return cells;
    }

    private static void add(Map<String, Set<String>> groups, String group, String term) {
      if (!term.isBlank()) {
        groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(term.strip());
      }
    }
  }
}
