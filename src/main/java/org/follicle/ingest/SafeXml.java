package org.follicle.ingest;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the importers read XML. Every real PubMed and PMC file declares an external DTD: it
 * is never fetched, no DTD is processed at all (so no entity is declared, expanded or resolved),
 * and sizes are bounded. An XXE or billion-laughs file fails at its first entity reference.
 */
final class SafeXml {

  private static final XMLInputFactory FACTORY = create();

  private SafeXml() {}

  /** A streaming reader over the input; the caller closes it (and the input). */
  static XMLStreamReader reader(InputStream in, String source) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(source, in);
  }

  /** Releases the parser's buffers; the caller closes the input itself, so nothing is lost. */
  static void close(XMLStreamReader xml) {
    if (xml == null) {
      return;
    }
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing to release that the input's own close does not
    }
  }

  private static XMLInputFactory create() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 200);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 8 * 1024 * 1024);
    return factory;
  }
}
