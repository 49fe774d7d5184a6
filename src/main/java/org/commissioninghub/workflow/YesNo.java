package org.commissioninghub.workflow;

import org.commissioninghub.system.CodedValue;

/** A yes-or-no question answered with a radio group in a form ("yes" or "no"). */
public enum YesNo implements CodedValue {
  YES,
  NO;

  public boolean isYes() {
    return this == YES;
  }
}
