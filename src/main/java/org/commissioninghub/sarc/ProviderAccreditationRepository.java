package org.commissioninghub.sarc;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderAccreditationRepository extends JpaRepository<ProviderAccreditation, Long> {

  List<ProviderAccreditation> findByCommissioningCaseIdOrderById(long caseId);

  Optional<ProviderAccreditation> findByLotId(long lotId);
}
