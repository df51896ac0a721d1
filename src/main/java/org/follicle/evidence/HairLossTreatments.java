package org.follicle.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The treatments for hair loss that have evidence pages, with their synonyms: a list the project
 * keeps, from the drugs and procedures hair-loss studies test.
 */
final class HairLossTreatments {

  private static final String JAK = "JAK inhibitor";

  static final List<Treatment> ALL =
      List.of(
          new Treatment("tofacitinib", "Tofacitinib", JAK, "tofacitinib|xeljanz|CP-690,?550"),
          new Treatment("baricitinib", "Baricitinib", JAK, "baricitinib|olumiant"),
          new Treatment("ruxolitinib", "Ruxolitinib", JAK, "ruxolitinib|jakafi|jakavi|opzelura"),
          new Treatment("ritlecitinib", "Ritlecitinib", JAK, "ritlecitinib|litfulo|PF-06651600"),
          new Treatment("deuruxolitinib", "Deuruxolitinib", JAK, "deuruxolitinib|leqselvi|CTP-543"),
          new Treatment(
              "minoxidil",
              "Minoxidil",
              "Vasodilator (topical or oral)",
              "minoxidil|rogaine|regaine|loniten"),
          new Treatment(
              "finasteride",
              "Finasteride",
              "5-alpha-reductase inhibitor",
              "finasteride|propecia|proscar"),
          new Treatment(
              "dutasteride", "Dutasteride", "5-alpha-reductase inhibitor", "dutasteride|avodart"),
          new Treatment(
              "spironolactone", "Spironolactone", "Anti-androgen", "spironolactone|aldactone"),
          new Treatment(
              "intralesional-corticosteroids",
              "Corticosteroid injections",
              "Corticosteroid",
              "triamcinolone(?:\\s+acetonide)?|kenalog|intralesional\\s+(?:cortico)?steroids?"),
          new Treatment(
              "diphencyprone",
              "Diphencyprone",
              "Contact immunotherapy",
              "diphen(?:yl)?cyprone|DPCP"),
          new Treatment(
              "squaric-acid-dibutylester",
              "Squaric acid dibutylester",
              "Contact immunotherapy",
              "squaric\\s+acid\\s+dibutyl\\s*ester|SADBE"),
          new Treatment(
              "platelet-rich-plasma",
              "Platelet-rich plasma",
              "Injection of the patient's own platelets",
              "platelet[- ]rich\\s+plasma|PRP"),
          new Treatment(
              "low-level-laser-therapy",
              "Low-level laser therapy",
              "Light therapy",
              "low[- ]level\\s+(?:laser|light)\\s+therapy|LLLT|photobiomodulation"),
          new Treatment(
              "microneedling", "Microneedling", "Procedure", "micro-?needling|dermaroller"),
          new Treatment("methotrexate", "Methotrexate", "Immunosuppressant", "methotrexate"),
          new Treatment(
              "cyclosporine",
              "Ciclosporin",
              "Immunosuppressant",
              "cyclosporin[e]?|ciclosporin[e]?"),
          new Treatment("dupilumab", "Dupilumab", "Biologic (IL-4/IL-13 blocker)", "dupilumab"),
          new Treatment(
              "bimatoprost", "Bimatoprost", "Prostaglandin analogue", "bimatoprost|latisse"),
          new Treatment(
              "hair-transplantation",
              "Hair transplantation",
              "Surgery",
              "hair\\s+transplant(?:ation)?|follicular\\s+unit\\s+(?:extraction|transplantation)"));

  private HairLossTreatments() {}

  /** The treatment with this slug. */
  static Optional<Treatment> bySlug(String slug) {
    return ALL.stream().filter(t -> t.slug().equals(slug)).findFirst();
  }

  /** Every treatment by name. */
  static List<Treatment> byName() {
    return ALL.stream().sorted(Comparator.comparing(Treatment::name)).toList();
  }
}
