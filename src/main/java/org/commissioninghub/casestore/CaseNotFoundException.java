package org.commissioninghub.casestore;

import org.commissioninghub.system.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

  private final String reference;

  public CaseNotFoundException(String reference) {
    super("No case has the reference " + reference);
    this.reference = reference;
  }

  public String getReference() {
    return reference;
  }
}
