package org.follicle.ingest;

/** The demo content was loaded (again): other modules add their part of the demo. */
public record DemoContentLoaded() {}
