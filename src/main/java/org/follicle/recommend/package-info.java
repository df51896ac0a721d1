/**
 * Recommend: related research on the paper page and in the API, a blend of signals (similar
 * meaning, shared topics, co-citation and bibliographic coupling), each card saying why it is
 * there. Depends on the catalogue, search (papers near in meaning or topics) and citations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommend")
package org.follicle.recommend;
