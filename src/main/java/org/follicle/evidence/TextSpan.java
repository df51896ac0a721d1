package org.follicle.evidence;

/** A stretch of a text by character offsets (end exclusive), with the characters it covers. */
record TextSpan(int start, int end, String text) {

  static TextSpan of(String source, int start, int end) {
    return new TextSpan(start, end, source.substring(start, end));
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
