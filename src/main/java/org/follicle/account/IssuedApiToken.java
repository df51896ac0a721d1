package org.follicle.account;

/** A token just created, with its secret: shown to its owner this once and stored only hashed. */
record IssuedApiToken(String secret, ApiTokenListing token) {}
