package org.follicle.summary;

/** Who wrote a version of a TLDR or of a plain-language summary. */
public enum TldrOrigin {
  /** Follicle's generator, from the abstract. */
  GENERATED,
  /** A person, who is then named with the version. */
  EDITED
}
