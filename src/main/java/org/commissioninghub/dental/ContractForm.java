package org.commissioninghub.dental;

import org.commissioninghub.system.CodedValue;

/** General dental services contract or personal dental services agreement. */
public enum ContractForm implements CodedValue {
  GDS,
  PDS,
  PDS_PLUS
}
