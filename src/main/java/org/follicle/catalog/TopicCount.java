package org.follicle.catalog;

/** A topic and how many papers carry it. */
record TopicCount(String slug, String name, long papers) {}
