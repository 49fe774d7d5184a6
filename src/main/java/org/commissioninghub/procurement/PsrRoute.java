package org.commissioninghub.procurement;

import org.commissioninghub.system.CodedValue;

/** The processes of the Provider Selection Regime by which a contract may be awarded (regulation 6). */
public enum PsrRoute implements CodedValue {
  DIRECT_AWARD_A("direct award A"),
  DIRECT_AWARD_B("direct award B"),
  DIRECT_AWARD_C("direct award C"),
  MOST_SUITABLE_PROVIDER("the most suitable provider process"),
  COMPETITIVE("the competitive process");

  private final String description;

  PsrRoute(String description) {
    this.description = description;
  }

  /** As people read it in a sentence: "direct award C", "the competitive process". */
  public String description() {
    return description;
  }

  /** The route of an id such as {@code direct-award-c}, or null for one the Regulations do not know. */
  public static PsrRoute ofId(String id) {
    for (var route : values()) {
      if (route.id().equals(id)) {
        return route;
      }
    }
    return null;
  }
}
