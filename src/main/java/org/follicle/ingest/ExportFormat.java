package org.follicle.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A format papers can be exported in, with the media type and file extension it is served as. */
public enum ExportFormat {
  BIBTEX("bibtex", "application/x-bibtex", ".bib"),
  RIS("ris", "application/x-research-info-systems", ".ris"),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", ".json"),
  APA("apa", "text/plain", ".txt"),
  VANCOUVER("vancouver", "text/plain", ".txt"),
  AMA("ama", "text/plain", ".txt");

  private final String id;
  private final String mediaType;
  private final String extension;

  ExportFormat(String id, String mediaType, String extension) {
    this.id = id;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The name used in URLs and on the command line, such as {@code csl-json}. */
  public String id() {
    return id;
  }

  /** The media type of an export in this format. */
  public String mediaType() {
    return mediaType;
  }

  /** The file extension of an export in this format, with its dot. */
  public String extension() {
    return extension;
  }

  /** The format with this id, in any case; throws naming the known ids for any other. */
  public static ExportFormat of(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(format -> format.id.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown export format '%s'; known formats: %s".formatted(id, knownIds())));
  }

  private static String knownIds() {
    return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
  }
}
