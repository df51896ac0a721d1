package org.follicle.catalog;

import java.util.regex.Pattern;

/** Identifier checks for PubMed (PMID) and PubMed Central (PMCID) records. */
public final class Pmid {

  private static final Pattern PMID = Pattern.compile("^[1-9]\\d{0,9}$");
  private static final Pattern PMCID = Pattern.compile("^(?i:pmc)?([1-9]\\d{0,9})$");

  private Pmid() {}

  /** Returns the PMID as digits, or throws naming what is wrong with it. */
  public static String parse(String text) {
    String value = text == null ? "" : text.strip();
    if (!PMID.matcher(value).matches()) {
      throw new MalformedIdentifierException(
          "'%s' is not a PMID: a PMID is a positive whole number".formatted(value));
    }
    return value;
  }

  /** Returns the PMCID in its canonical {@code PMC1234} form, or throws naming what is wrong. */
  public static String parsePmcid(String text) {
    var matcher = PMCID.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new MalformedIdentifierException(
          "'%s' is not a PMCID: a PMCID is 'PMC' followed by digits".formatted(text));
    }
    return "PMC" + matcher.group(1);
  }
}
