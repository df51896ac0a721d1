package org.follicle.evidence;

/** What a study fact tells, in the order the paper page lists them. */
public enum FactKind {
  DESIGN("Design"),
  SAMPLE_SIZE("Participants"),
  ARM_SIZE("Participants per arm"),
  AGE("Age"),
  SEX("Sex"),
  CONDITION("Condition"),
  INTERVENTION("Intervention"),
  COMPARATOR("Comparator"),
  DURATION("Duration"),
  FOLLOW_UP("Follow-up"),
  OUTCOME_MEASURE("Outcome measure"),
  RESPONSE_RATE("Response"),
  ADVERSE_EVENT("Adverse events");

  private final String label;

  FactKind(String label) {
    this.label = label;
  }

  /** The heading a reader sees for this kind of fact. */
  public String label() {
    return label;
  }
}
