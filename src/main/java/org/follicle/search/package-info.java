/**
 * Search: the full-text index of the catalogue (BM25 over title, abstract, keywords, MeSH terms,
 * authors and journal), the query language, facets, and the search page and API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.follicle.search;
