package org.follicle.account;

/**
 * Published when an account was deleted, so modules forget or anonymise what they kept for it.
 *
 * @param accountId the id the deleted account had
 * @param username the name it had
 */
public record AccountDeleted(long accountId, String username) {}
