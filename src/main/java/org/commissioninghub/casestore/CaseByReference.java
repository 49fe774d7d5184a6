package org.commissioninghub.casestore;

import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** Finds a case by its reference, the natural key every caller knows it by. */
interface CaseByReference {

  @Transactional(readOnly = true)
  Optional<CommissioningCase> findByReference(String reference);
}
