/**
 * Authorship: claims of authorship on papers ("I am an author on this paper — claim it"), their
 * verification (a moderator's approval, a confirmed e-mail address at the domain printed in the
 * claimed author's affiliation, or the claimant's ORCID iD, linked by signing in at ORCID with
 * OpenID Connect, being the author's iD in the catalogue), the verified-author role that follows,
 * the badge on the paper page and author profile pages. Other modules use {@link
 * org.follicle.authorship.VerifiedAuthors} to ask who is a verified author of a paper, and add
 * blocks to the profile page through {@link org.follicle.authorship.AuthorProfileSection}. Depends
 * on the catalog (papers and their bylines, the paper page) and account (who is signed in, e-mail
 * addresses, roles, rate limits) modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authorship")
package org.follicle.authorship;
