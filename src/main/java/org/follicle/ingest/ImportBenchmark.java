package org.follicle.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.follicle.catalog.PaperRecord;
import org.springframework.stereotype.Service;

/**
 * Measures the importer in one run on one corpus: the PubMed XML reader alone (the baseline), then
 * the whole import into the catalogue, each with the peak heap it took.
 */
@Service
public class ImportBenchmark {

  private static final String PUBMED = "pubmed-xml";

  private final Importer importer;

  ImportBenchmark(Importer importer) {
    this.importer = importer;
  }

  /** What one phase did: records, seconds and the peak heap in bytes. */
  public record Phase(long records, double seconds, long peakHeapBytes) {

    /** Records per second. */
    public double rate() {
      return records / Math.max(seconds, 1e-9);
    }
  }

  /** Both phases and the import's own report. */
  public record Result(Phase parse, Phase endToEnd, ImportReport report) {}

  /**
   * Writes a corpus of {@code records} PubMed articles made from the sources' articles, each copy
   * under fresh identifiers.
   */
  public void synthesise(List<Path> sources, long records, Path corpus) throws IOException {
    PubmedCorpusSynthesis.write(sources, records, corpus);
  }

  /**
   * Parses the corpus with the PubMed reader alone, then imports it; the import's time runs until
   * {@code derivedWork} returns, once what follows from the stored papers (the index) is stored.
   */
  public Result run(Path corpus, ImportListener progress, Runnable derivedWork) throws IOException {
    Phase parse = measured(() -> parseOnly(corpus));
    ImportReport[] report = new ImportReport[1];
    Phase endToEnd =
        measured(
            () -> {
              report[0] = importer.importPaths(List.of(corpus), Optional.of(PUBMED), progress);
              derivedWork.run();
              return report[0].imported() + report[0].updated() + report[0].unchanged();
            });
    return new Result(parse, endToEnd, report[0]);
  }

  private long parseOnly(Path corpus) throws IOException {
    FormatReader reader = importer.named(PUBMED).orElseThrow();
    CountingSink sink = new CountingSink();
    try (InputStream in = ImportInputs.open(corpus, ImportListener.NONE)) {
      reader.read(in, corpus.toString(), sink);
    }
    if (sink.rejected > 0) {
      throw new IOException(corpus + ": the reader rejected " + sink.rejected + " records");
    }
    return sink.records;
  }

  private interface Work {
    long run() throws IOException;
  }

  /** Runs the work from a collected heap and reads the most heap it held at any moment. */
  private static Phase measured(Work work) throws IOException {
    System.gc();
    try (HeapPeak heap = new HeapPeak()) {
      long started = System.nanoTime();
      long records = work.run();
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Phase(records, seconds, heap.bytes());
    }
  }

  private static final class CountingSink implements FormatReader.RecordSink {
    private long records;
    private long rejected;

    @Override
    public void accept(PaperRecord record) {
      records++;
    }

    @Override
    public void reject(String location, String reason) {
      rejected++;
    }

    @Override
    public void warn(String location, String reason) {}

    @Override
    public void delete(String location, String pmid) {}
  }
}
