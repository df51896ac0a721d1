package org.follicle.account;

/**
 * Where to mail an account and how to greet it, for modules that send mail (notifications).
 *
 * @param email the confirmed address of the account
 * @param name the name it shows (its display name, else its username)
 */
public record AccountContact(String email, String name) {}
