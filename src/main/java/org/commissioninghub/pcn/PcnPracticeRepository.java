package org.commissioninghub.pcn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PcnPracticeRepository extends JpaRepository<PcnPractice, Long> {

  List<PcnPractice> findByCaseIdOrderByNetworkIdAscIdAsc(long caseId);

  List<PcnPractice> findByNetworkIdOrderById(long networkId);
}
