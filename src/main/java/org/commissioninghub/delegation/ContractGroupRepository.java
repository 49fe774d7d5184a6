package org.commissioninghub.delegation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractGroupRepository extends JpaRepository<ContractGroup, Long> {

  List<ContractGroup> findByCommissioningCaseIdOrderById(long caseId);
}
