package org.commissioninghub.delegation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationReadinessRepository extends JpaRepository<DelegationReadiness, Long> {

  Optional<DelegationReadiness> findByCommissioningCaseId(long caseId);
}
