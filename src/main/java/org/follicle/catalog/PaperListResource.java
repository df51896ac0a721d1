package org.follicle.catalog;

import java.util.List;

/** One page of the paper list, with the cursor of the next page (null on the last). */
record PaperListResource(List<PaperListItem> items, String next) {}
