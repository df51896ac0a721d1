/**
 * Accounts: users, sign-up with e-mail confirmation, sign-in and sign-out, password reset, roles
 * (reader, verified author, moderator, admin), personal API tokens for scripts (Bearer, on the JSON
 * API only), account deletion with an export of the user's data, and rate limits shared by every
 * node through the database. It owns the web security of the whole application (sessions, HTTP
 * Basic and bearer tokens, CSRF, who may write). Other modules use its public API: {@link
 * org.follicle.account.CurrentUser} to know and check who is signed in, {@link
 * org.follicle.account.RateLimits} to limit their writes, {@link
 * org.follicle.account.AccountDataExport} to add their part of a user's export, and the {@link
 * org.follicle.account.AccountDeleted} event to forget a deleted user. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.follicle.account;
