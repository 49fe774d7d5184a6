package org.commissioninghub.dental;

import org.commissioninghub.system.CodedValue;

/** The service types dental lots are designed around. */
public enum DentalServiceType implements CodedValue {
  GENERAL_URGENT,
  ORTHODONTIC,
  SPECIAL_CARE,
  ORAL_SURGERY
}
