package org.follicle.ingest;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.follicle.catalog.PaperRecord;

/**
 * One citeproc processor for one CSL style, formatting one paper at a time as a plain-text
 * reference. Creating a processor takes long, so one is kept per style; it is not thread-safe, so
 * formatting is synchronized.
 */
final class CitationStyle {

  private static final String ITEM_ID = "paper";

  // Numeric styles number references in citing order, which an export does not know; a paper
  // formatted alone always gets the number 1, so the number is left out.
  private static final Pattern CITATION_NUMBER = Pattern.compile("^\\[?1\\]?\\.?\\s*");

  private final CurrentItem current = new CurrentItem();
  private final CSL processor;

  /** Loads the style with this id from the CSL styles on the class path. */
  CitationStyle(String styleId) throws IOException {
    processor = new CSL(current, styleId);
  }

  /** The paper's reference, on one line. */
  synchronized String format(PaperRecord paper) {
    current.item = CSLItemData.fromJson(CslItem.of(paper, ITEM_ID));
    processor.reset();
    // reset() forgets the output format too.
    processor.setOutputFormat("text");
    processor.registerCitationItems(ITEM_ID);
    Bibliography bibliography = processor.makeBibliography();
    String entry = bibliography.getEntries()[0].replaceAll("\\s+", " ").strip();
    return bibliography.getSecondFieldAlign() == null
        ? entry
        : CITATION_NUMBER.matcher(entry).replaceFirst("");
  }

  /** Hands the processor the one item being formatted. */
  private static final class CurrentItem implements ItemDataProvider {
    private CSLItemData item;

    @Override
    public CSLItemData retrieveItem(String id) {
      return ITEM_ID.equals(id) ? item : null;
    }

    @Override
    public Collection<String> getIds() {
      return List.of(ITEM_ID);
    }
  }
}
