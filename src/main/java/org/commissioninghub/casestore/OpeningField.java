package org.commissioninghub.casestore;

import java.util.List;

/**
 * A field of a programme's details that a person gives when opening a case from the hub's pages:
 * its name in the details document, its label and hint, and what kind of answer it takes.
 */
public record OpeningField(String name, String label, String hint, Kind kind, List<Choice> choices,
    boolean required) {

  public enum Kind {
    TEXT,
    /** A day, entered as day/month/year and kept as an ISO date. */
    DATE,
    /** One of the choices, kept as its value. */
    CHOICE
  }

  public record Choice(String value, String label) {}

  public static OpeningField text(String name, String label, String hint, boolean required) {
    return new OpeningField(name, label, hint, Kind.TEXT, List.of(), required);
  }

  public static OpeningField date(String name, String label, String hint, boolean required) {
    return new OpeningField(name, label, hint, Kind.DATE, List.of(), required);
  }

  public static OpeningField choice(String name, String label, String hint, List<Choice> choices) {
    return new OpeningField(name, label, hint, Kind.CHOICE, List.copyOf(choices), true);
  }
}
