package org.follicle.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The files an import reads: folders walked in name order, gzip opened whatever the name. */
final class ImportInputs {

  private ImportInputs() {}

  /** Every regular, visible file under the given paths, in name order; missing paths are kept. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(Path::toString))
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("could not list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Opens a file, counting the bytes read from disk, and gunzips it when it starts like gzip. */
  static InputStream open(Path file, ImportListener listener) throws IOException {
    InputStream counted = new CountingStream(Files.newInputStream(file), listener);
    BufferedInputStream buffered = new BufferedInputStream(counted, 64 * 1024);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean gzip = first == 0x1f && second == 0x8b;
    return gzip
        ? new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024), 64 * 1024)
        : buffered;
  }

  /** Reports bytes as they are read, for progress. */
  private static final class CountingStream extends FilterInputStream {
    private final ImportListener listener;

    CountingStream(InputStream in, ImportListener listener) {
      super(in);
      this.listener = listener;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        listener.bytesRead(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        listener.bytesRead(n);
      }
      return n;
    }
  }
}
