package org.follicle.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * One entry's fields as text, with macros expanded and the fields of its {@code crossref} parent
 * inherited. Each field should be read once: an undefined macro is reported each time.
 */
final class BibtexFields {

  // What a child takes from its parent, as BibLaTeX does, but never identifiers, title, abstract or
  // keywords: those describe the parent work, and a child with its parent's DOI would be merged
  // with it in the catalogue.
  private static final Set<String> INHERITED =
      Set.of(
          "author",
          "booktitle",
          "journal",
          "journaltitle",
          "year",
          "month",
          "day",
          "date",
          "publisher",
          "volume",
          "number",
          "issn",
          "language",
          "langid");

  private final BibTeXEntry entry;
  private final BibTeXEntry parent;
  private final Consumer<String> warnings;

  private BibtexFields(BibTeXEntry entry, BibTeXEntry parent, Consumer<String> warnings) {
    this.entry = entry;
    this.parent = parent;
    this.warnings = warnings;
  }

  /** The fields of an entry whose crossref parent, if any, is looked up in {@code byKey}. */
  static BibtexFields of(
      BibTeXEntry entry, Map<String, BibTeXEntry> byKey, Consumer<String> warnings) {
    Value crossref = entry.getFields().get(BibTeXEntry.KEY_CROSSREF);
    if (crossref == null) {
      return new BibtexFields(entry, null, warnings);
    }
    String parentKey = flatten(crossref, "crossref", warnings).strip();
    BibTeXEntry parent = byKey.get(keyOf(parentKey));
    if (parent == null) {
      warnings.accept(
          "crossref: there is no entry '%s' in the file, so nothing is inherited"
              .formatted(parentKey));
    }
    // An entry naming itself as parent has nothing to inherit.
    return new BibtexFields(entry, parent == entry ? null : parent, warnings);
  }

  /** How citation keys are compared: BibTeX ignores their case. */
  static String keyOf(String citationKey) {
    return citationKey.toLowerCase(Locale.ROOT);
  }

  /** The entry type in lower case, such as "article". */
  String type() {
    return entry.getType().getValue().toLowerCase(Locale.ROOT);
  }

  /** A field's text with its LaTeX still in it, or null. */
  String raw(String name) {
    Value value = value(name);
    if (value == null) {
      return null;
    }
    String text = flatten(value, name, warnings);
    return text.isBlank() ? null : text;
  }

  /** A field as plain Unicode text, whitespace collapsed, or null. */
  String text(String name) {
    return BibtexLatex.toUnicode(raw(name));
  }

  /** An identifier or link field with braces and escapes removed, or null. */
  String identifier(String name) {
    return BibtexLatex.plain(raw(name));
  }

  /** The month field; a bare month macro that is not defined (such as sept) names the month. */
  String month() {
    Value value = value("month");
    if (value instanceof ReferenceValue reference && reference.getString() == null) {
      return reference.getValue().getString();
    }
    return text("month");
  }

  private Value value(String name) {
    Key key = new Key(name);
    Value own = entry.getFields().get(key);
    if (own != null || parent == null) {
      return own;
    }
    Value inherited = INHERITED.contains(name) ? parent.getFields().get(key) : null;
    if (inherited == null && name.equals(parentTitleField())) {
      inherited = parent.getFields().get(BibTeXEntry.KEY_TITLE);
    }
    return inherited;
  }

  /** The child field a parent's title becomes: a periodical's is the journal, else the book. */
  private String parentTitleField() {
    boolean periodical = parent.getType().getValue().equalsIgnoreCase("periodical");
    return periodical ? "journaltitle" : "booktitle";
  }

  private static String flatten(Value value, String field, Consumer<String> warnings) {
    if (value instanceof ConcateValue concatenation) {
      return flatten(concatenation.getLeft(), field, warnings)
          + flatten(concatenation.getRight(), field, warnings);
    }
    if (value instanceof CrossReferenceValue crossref) {
      return flatten(crossref.getValue(), field, warnings);
    }
    if (value instanceof ReferenceValue reference) {
      if (reference.getString() != null) {
        return flatten(reference.getString().getValue(), field, warnings);
      }
      warnings.accept(
          "%s: the macro '%s' is not defined, so it was read as empty"
              .formatted(field, reference.getValue().getString()));
      return "";
    }
    return value.toUserString();
  }
}
