package org.follicle.summary;

/** What regenerating one paper's TLDR or plain-language summary did. */
public enum TldrOutcome {
  /** A new generated version was stored. */
  GENERATED,
  /** The generator gave the current text again; nothing was stored. */
  UNCHANGED,
  /** A person's edit is current and was left as it is. */
  KEPT_EDIT,
  /** The paper has no abstract, or too little of it fits, or the paper is gone. */
  NONE
}
