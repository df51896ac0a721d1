package org.follicle.request;

/**
 * A file an answer carries, as kept under the data directory.
 *
 * @param key the random name it is stored under
 * @param name the name it was uploaded with, cleaned for showing and downloading
 * @param size its size in bytes
 */
record StoredFile(String key, String name, long size) {}
