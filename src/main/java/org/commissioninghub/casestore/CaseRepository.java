package org.commissioninghub.casestore;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<CommissioningCase, Long>,
    JpaSpecificationExecutor<CommissioningCase>, CaseByReference {
}
