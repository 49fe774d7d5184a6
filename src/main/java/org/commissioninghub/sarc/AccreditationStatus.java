package org.commissioninghub.sarc;

import org.commissioninghub.system.CodedValue;

/** Where a SARC provider stands with UKAS accreditation to ISO 15189 under the Forensic Science Regulator's code. */
public enum AccreditationStatus implements CodedValue {
  /** Not yet assessed: the contract is awarded and its accreditation plan not yet written. */
  NOT_YET_PLANNED,
  ACCREDITED,
  APPLICATION_IN_PROGRESS,
  NOT_ACCREDITED,
  /** UKAS suspended the accreditation at a surveillance visit. */
  SUSPENDED
}
