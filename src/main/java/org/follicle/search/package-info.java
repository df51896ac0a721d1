/**
 * Search: the full-text index of the catalogue (BM25 over title, abstract, keywords, MeSH terms,
 * authors and journal), the query language, facets, and the search page and API. Depends on the
 * catalogue, on the evidence module's treatments and on the citation module's counts (a sort).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.follicle.search;
