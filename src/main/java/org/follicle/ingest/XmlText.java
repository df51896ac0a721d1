package org.follicle.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of an XML element with its inline markup (italic, sup, MathML...) as plain text,
 * up to the element's end tag, whitespace collapsed.
 */
final class XmlText {

  /** One element of the subtree read, handed to an observer once its end tag is reached. */
  record Element(String name, Map<String, String> attributes, String text) {

    String attribute(String name) {
      return attributes.get(name);
    }
  }

  /** One child element of an element, with its text. */
  record Child(String name, String text) {}

  // Children written without any text of their own between them (a name's surname and given
  // names, an affiliation's institution and country) would run together: they get a separator.
  private static final Map<String, String> SEPARATORS =
      Map.of(
          "name", " ",
          "string-name", " ",
          "person-group", ", ",
          "aff", ", ",
          "addr-line", ", ");
  private static final Set<String> CITATIONS =
      Set.of("element-citation", "mixed-citation", "citation", "nlm-citation");
  private static final Consumer<Element> NO_OBSERVER = element -> {};
  private static final String PUNCTUATION = ".,;:?!";
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");

  private XmlText() {}

  /** The text of the element the reader is at; blank text gives null. */
  static String read(XMLStreamReader xml, Set<String> leftOut) throws XMLStreamException {
    return read(xml, leftOut, NO_OBSERVER);
  }

  /** The text of the element the reader is at, showing each element read to the observer. */
  static String read(XMLStreamReader xml, Set<String> leftOut, Consumer<Element> observer)
      throws XMLStreamException {
    return collapse(element(xml, leftOut, observer));
  }

  /** Trimmed, inner whitespace collapsed to single spaces, and null when blank. */
  static String collapse(String text) {
    if (text == null) {
      return null;
    }
    // No-break and other typographic spaces are spaces too: keywords often hold them.
    String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return collapsed.isEmpty() ? null : collapsed;
  }

  /**
   * What goes between two pieces of text: nothing when there is already a space, a space after
   * punctuation, the separator otherwise.
   */
  static String between(CharSequence before, String after, String separator) {
    char last = before.charAt(before.length() - 1);
    if (Character.isWhitespace(last) || Character.isWhitespace(after.charAt(0))) {
      return "";
    }
    boolean punctuated = PUNCTUATION.indexOf(last) >= 0;
    return punctuated && separator.strip().length() == 1 ? " " : separator;
  }

  /** Moves past the end tag of the element the reader is at. */
  static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String element(
      XMLStreamReader xml, Set<String> leftOut, Consumer<Element> observer)
      throws XMLStreamException {
    String name = xml.getLocalName();
    Map<String, String> attributes = observer == NO_OBSERVER ? Map.of() : attributes(xml);
    Content content = new Content();
    while (xml.hasNext() && xml.next() != XMLStreamConstants.END_ELEMENT) {
      switch (xml.getEventType()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            content.text(xml.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          String child = xml.getLocalName();
          if (leftOut.contains(child)) {
            skip(xml);
          } else {
            content.child(child, element(xml, leftOut, observer));
          }
        }
        default -> {}
      }
    }
    String text = content.joined(name);
    observer.accept(new Element(name, attributes, text));
    return text;
  }

  private static Map<String, String> attributes(XMLStreamReader xml) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return attributes;
  }

  /**
   * What an element holds: its text in document order, and its children one by one. For names,
   * affiliations and citations, the text is also kept with a space between children that directly
   * follow each other, as in "<source>Nature</source><volume>487</volume>".
   */
  private static final class Content {
    private final StringBuilder all = new StringBuilder();
    private final StringBuilder spaced = new StringBuilder();
    private final List<Child> children = new ArrayList<>();
    private boolean ownText;
    private boolean afterChild;

    void text(String text) {
      all.append(text);
      spaced.append(text);
      ownText |= !text.isBlank();
      afterChild = false;
    }

    void child(String name, String text) {
      all.append(text);
      if (afterChild && !spaced.isEmpty() && !text.isEmpty()) {
        spaced.append(between(spaced, text, " "));
      }
      spaced.append(text);
      children.add(new Child(name, text));
      afterChild = true;
    }

    String joined(String name) {
      if (name.equals("alternatives")) {
        return alternative();
      }
      if (name.equals("etal") && all.isEmpty()) {
        return "et al.";
      }
      if (ownText) {
        return SEPARATORS.containsKey(name) || CITATIONS.contains(name)
            ? spaced.toString()
            : all.toString();
      }
      if (SEPARATORS.containsKey(name)) {
        return separated(SEPARATORS.get(name));
      }
      return CITATIONS.contains(name) ? CitationText.render(children) : all.toString();
    }

    /** The same content several ways (MathML, TeX, an image): the MathML, or the first text. */
    private String alternative() {
      return children.stream()
          .filter(c -> c.name().equals("math"))
          .findFirst()
          .or(() -> children.stream().filter(c -> !c.text().isBlank()).findFirst())
          .map(Child::text)
          .orElse("");
    }

    private String separated(String separator) {
      StringBuilder text = new StringBuilder();
      for (Child child : children) {
        if (child.text().isBlank()) {
          continue;
        }
        if (!text.isEmpty()) {
          text.append(between(text, child.text(), separator));
        }
        text.append(child.text());
      }
      return text.toString();
    }
  }
}
