package org.follicle.ingest;

import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a streaming XML reader element by element: into an element's children, over a subtree, or
 * reading a subtree's text. Every method that reads an element leaves the reader at its end tag.
 */
final class XmlCursor {

  private final XMLStreamReader xml;

  XmlCursor(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** Moves to the next element of this name, wherever it is; false at the end of the document. */
  boolean nextElement(String name) throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Moves to the next child of the current element; false once at the element's end tag. */
  boolean nextChild() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  /** The local name of the current element, whatever its namespace. */
  String name() {
    return xml.getLocalName();
  }

  /**
   * An attribute of the current element by local name in any namespace ("href" finds xlink:href,
   * "lang" xml:lang), trimmed; null when absent or blank.
   */
  String attribute(String name) {
    return XmlText.collapse(xml.getAttributeValue(null, name));
  }

  /** The line the reader is at, for messages. */
  int line() {
    return xml.getLocation().getLineNumber();
  }

  /** Moves past the current element and everything in it. */
  void skip() throws XMLStreamException {
    XmlText.skip(xml);
  }

  /** The text of the current element; null when blank. */
  String text() throws XMLStreamException {
    return XmlText.read(xml, Set.of());
  }

  /** The text of the current element without the elements named; null when blank. */
  String text(Set<String> leftOut) throws XMLStreamException {
    return XmlText.read(xml, leftOut);
  }

  /** The text of the current element, showing every element in it to the observer. */
  String text(Set<String> leftOut, Consumer<XmlText.Element> observer) throws XMLStreamException {
    return XmlText.read(xml, leftOut, observer);
  }
}
