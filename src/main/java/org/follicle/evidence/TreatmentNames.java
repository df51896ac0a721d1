package org.follicle.evidence;

/** The names of the curated hair-loss treatments, by the slugs other modules know them by. */
public final class TreatmentNames {

  private TreatmentNames() {}

  /** The treatment's name ("Platelet-rich plasma"), or the slug itself for one not curated. */
  public static String of(String slug) {
    return HairLossTreatments.bySlug(slug).map(Treatment::name).orElse(slug);
  }

  /**
   * The slug of the treatment a reader typed, by slug, name, brand or code name ("Rogaine" is
   * minoxidil's); what was typed, lower-cased, when no treatment goes by it.
   */
  public static String slugOf(String typed) {
    String name = typed.strip();
    return HairLossTreatments.ALL.stream()
        .filter(t -> t.slug().equalsIgnoreCase(name) || t.namedIn(name))
        .findFirst()
        .map(Treatment::slug)
        .orElse(name.toLowerCase(java.util.Locale.ROOT));
  }
}
