package org.follicle.community;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A channel's newest posts as an Atom 1.0 feed (RFC 4287), written with a streaming XML writer that
 * escapes all; an entry's summary is the post's gist in plain text, so no markup travels.
 */
final class ChannelFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private ChannelFeed() {}

  static byte[] write(
      ChannelRow channel, String selfUrl, String baseUrl, List<PostRow> posts, Instant now) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = new WstxOutputFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "title", "Follicle community: " + channel.name());
      element(xml, "subtitle", channel.description());
      element(xml, "id", selfUrl);
      link(xml, "self", selfUrl, "application/atom+xml");
      link(xml, "alternate", baseUrl + "/community/" + channel.slug(), "text/html");
      element(xml, "updated", (posts.isEmpty() ? now : posts.get(0).createdAt()).toString());
      xml.writeStartElement("author");
      element(xml, "name", "Follicle");
      xml.writeEndElement();
      for (PostRow post : posts) {
        entry(xml, post, baseUrl);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the feed", e);
    }
    return out.toByteArray();
  }

  private static void entry(XMLStreamWriter xml, PostRow post, String baseUrl)
      throws XMLStreamException {
    String url = baseUrl + "/community/posts/" + post.id();
    xml.writeStartElement("entry");
    element(xml, "title", post.title());
    element(xml, "id", url);
    link(xml, "alternate", url, "text/html");
    element(xml, "published", post.createdAt().toString());
    element(
        xml, "updated", (post.editedAt() == null ? post.createdAt() : post.editedAt()).toString());
    xml.writeStartElement("author");
    element(xml, "name", post.author());
    xml.writeEndElement();
    element(xml, "summary", post.gist());
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }
}
