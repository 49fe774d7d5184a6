package org.commissioninghub.pcn;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PcnSupportPaymentRepository extends JpaRepository<PcnSupportPayment, Long> {

  Optional<PcnSupportPayment> findByNetworkIdAndContractYear(long networkId, String contractYear);

  List<PcnSupportPayment> findByCaseIdOrderByNetworkIdAscIdAsc(long caseId);
}
