package org.follicle.evidence;

import java.util.List;

/**
 * One line of a PICO-Corpus-format file: an abstract (title and text) with its annotated spans,
 * whose offsets are character offsets into {@code text}, end exclusive.
 */
record PicoAbstract(String pmid, String text, List<Entity> entities) {

  PicoAbstract {
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** One annotated span, such as a {@code total-participants} count. */
  record Entity(String label, int start, int end, String text) {}

  List<Entity> labelled(String label) {
    return entities.stream().filter(e -> e.label().equals(label)).toList();
  }
}
