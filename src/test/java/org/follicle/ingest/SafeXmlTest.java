package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeXmlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "broken/pubmed-xxe-external-entity.xml",
        "broken/jats-xxe-external-entity.nxml",
        "broken/pubmed-billion-laughs.xml"
      })
  void refusesEntityAttacksAtTheFirstReference(String file) {
    long started = System.nanoTime();

    assertThatThrownBy(() -> readAll(SharedData.file(file)))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("ntity");
    assertThat(System.nanoTime() - started)
        .as("refused at once, not after expanding")
        .isLessThan(5_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pubmed/exports/pubmed_result-bom-106.xml",
        "pubmed/baseline/pubmed25n1274-sample.xml.gz",
        "pubmed/legacy/medsamp2006.xml",
        "jats/pmc/PMC10618641.xml",
        "jats/elife/elife-kitchen-sink.xml"
      })
  void readsRealFilesThatDeclareAnExternalDtdWithoutFetchingIt(String file) throws Exception {
    assertThat(readAll(SharedData.file(file))).isGreaterThan(10);
  }

  private static int readAll(Path file) throws IOException, XMLStreamException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      XMLStreamReader reader = SafeXml.reader(in, file.toString());
      int elements = 0;
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          elements++;
        }
      }
      return elements;
    }
  }
}
