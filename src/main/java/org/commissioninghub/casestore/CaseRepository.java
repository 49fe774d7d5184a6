package org.commissioninghub.casestore;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<CommissioningCase, Long>,
    JpaSpecificationExecutor<CommissioningCase> {

  Optional<CommissioningCase> findByReference(String reference);
}
