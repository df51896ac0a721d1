/**
 * The catalogue: papers, authors, journals, identifiers, keywords, categories, partial dates and
 * notices, with the pages and JSON API that show them. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.follicle.catalog;
