package org.follicle.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files given as answers, kept under {@code <data-dir>/request-files} by a random key (never by the
 * name they came with), up to {@code follicle.requests.max-file-size}.
 */
@Component
class RequestFiles {

  private static final Logger log = LoggerFactory.getLogger(RequestFiles.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_NAME = 200;

  private final Path directory;
  private final DataSize maxSize;

  RequestFiles(
      @Value("${follicle.data-dir}") Path dataDir,
      @Value("${follicle.requests.max-file-size:10MB}") DataSize maxSize) {
    this.directory = dataDir.resolve("request-files");
    this.maxSize = maxSize;
  }

  DataSize maxSize() {
    return maxSize;
  }

  /**
   * Stores the upload; 400 when it is empty, 413 when it is larger than the limit. Counts the bytes
   * it copies, so a part that lies about its size is refused as well.
   */
  StoredFile store(MultipartFile upload) {
    if (upload.isEmpty()) {
      throw RequestProblem.field("file", "The file is empty; choose a file with something in it");
    }
    if (upload.getSize() > maxSize.toBytes()) {
      throw tooLarge(upload.getSize());
    }
    String key = HexFormat.of().formatHex(bytes());
    Path target = directory.resolve(key);
    try (InputStream in = upload.getInputStream()) {
      Files.createDirectories(directory);
      long copied = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      if (copied > maxSize.toBytes()) {
        delete(key);
        throw tooLarge(copied);
      }
      return new StoredFile(key, cleanName(upload.getOriginalFilename()), copied);
    } catch (IOException e) {
      delete(key);
      throw new UncheckedIOException("Could not store the uploaded file under " + directory, e);
    }
  }

  Path path(String key) {
    if (!key.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("Not a stored file's key: " + key);
    }
    return directory.resolve(key);
  }

  /** Removes a stored file whose answer was not stored; a failure is only logged. */
  void delete(String key) {
    try {
      Files.deleteIfExists(path(key));
    } catch (IOException e) {
      log.warn("Could not delete the unused request file {}: {}", key, e.toString());
    }
  }

  private RequestProblem tooLarge(long size) {
    return RequestProblem.tooLarge(
        "The file is %s; files given as answers can be at most %s"
            .formatted(readable(size), readable(maxSize.toBytes())));
  }

  private static byte[] bytes() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The last path segment, without control or quote characters, for showing and downloading. */
  static String cleanName(String original) {
    String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
    name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "file";
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }

  static String readable(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    if (bytes >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
