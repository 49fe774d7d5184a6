package org.commissioninghub.casestore;

import org.commissioninghub.system.UnprocessableException;

public class ProgrammeProcessNotAvailableException extends UnprocessableException {

  private final Programme programme;

  public ProgrammeProcessNotAvailableException(Programme programme) {
    super(programme.displayName() + " cases cannot be opened yet: the hub has no process for this"
        + " programme. No case was created.");
    this.programme = programme;
  }

  public Programme getProgramme() {
    return programme;
  }
}
