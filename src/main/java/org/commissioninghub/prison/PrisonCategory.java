package org.commissioninghub.prison;

import org.commissioninghub.system.CodedValue;

/** The security category of a prison site, as HM Prison and Probation Service classes it. */
public enum PrisonCategory implements CodedValue {
  A("Category A"),
  B("Category B"),
  C("Category C"),
  D("Category D (open)"),
  WOMENS("Women's prison"),
  YOUNG_OFFENDERS("Young offender institution");

  private final String label;

  PrisonCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
