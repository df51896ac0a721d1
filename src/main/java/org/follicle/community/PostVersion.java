package org.follicle.community;

import java.time.Instant;
import java.util.List;

/**
 * One version of a post in its edit history: its number (1 is what was first posted), its text, who
 * wrote it and when, and its word changes against the version before (all kept for the first).
 */
record PostVersion(
    int number,
    String title,
    String body,
    String author,
    Instant writtenAt,
    List<WordChanges.Piece> titleChanges,
    List<WordChanges.Piece> bodyChanges) {}
