package org.commissioninghub.pcn;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PcnClaimRepository extends JpaRepository<PcnClaim, Long> {

  List<PcnClaim> findByNetworkIdOrderById(long networkId);

  List<PcnClaim> findByCaseIdOrderByNetworkIdAscIdAsc(long caseId);

  List<PcnClaim> findByNetworkIdAndRoleAndClaimMonthAndStatus(long networkId, AdditionalRole role, LocalDate claimMonth,
      PcnClaim.Status status);
}
