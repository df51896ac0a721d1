/**
 * Importers that stream bibliographic files into the catalogue, one reader per format, and the demo
 * content loaded through them. Depends on the catalog module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package org.follicle.ingest;
