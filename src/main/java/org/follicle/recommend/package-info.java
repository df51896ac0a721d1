/**
 * Recommend: related research on the paper page and in the API, a blend of signals (similar
 * meaning, shared topics, and the citation graph), each card saying why it is there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommend")
package org.follicle.recommend;
