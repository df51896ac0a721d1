/**
 * Recommend: related research on the paper page and in the API, a blend of signals (similar
 * meaning, shared topics, co-citation and bibliographic coupling), each card saying why it is
 * there; and "Recommended for you" for signed-in readers ({@code /for-you}, the home page, {@code
 * /api/me/recommendations}), seeded by what other modules report through {@link
 * org.follicle.recommend.ReaderInterests} (what a reader rated, saved, claimed or discussed), so it
 * depends on none of them. Depends on the catalogue (papers, the home and paper pages), search
 * (papers near in meaning or topics), citations and accounts (who is signed in).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommend")
package org.follicle.recommend;
