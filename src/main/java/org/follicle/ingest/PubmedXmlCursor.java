package org.follicle.ingest;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Moves through one element of a StAX stream: its child elements one by one, or all its text at
 * once. Every method starts on a start tag and leaves the stream on the matching end tag.
 */
final class PubmedXmlCursor {

  private PubmedXmlCursor() {}

  /** Moves to the next child element; false once the current element has ended. */
  static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
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

  /**
   * The text of the element and everything inside it, so that inline markup ({@code <i>}, {@code
   * <sup>}, MathML) becomes its text; trimmed, inner whitespace collapsed, null when blank.
   */
  static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        default -> {
          // comments and processing instructions carry no text of the record
        }
      }
    }
    return PubmedDraft.clean(text);
  }

  /** Passes over the element and everything inside it. */
  static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** An attribute of the current start tag, or null. */
  static String attribute(XMLStreamReader xml, String name) {
    return xml.getAttributeValue(null, name);
  }
}
