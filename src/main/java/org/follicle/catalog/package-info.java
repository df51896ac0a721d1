/**
 * The catalogue: papers, authors, journals, identifiers, keywords, categories, partial dates and
 * notices, with the pages and JSON API that show them. Depends only on the web conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.follicle.catalog;
