package org.commissioninghub.pcn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PcnNetworkRepository extends JpaRepository<PcnNetwork, Long> {

  List<PcnNetwork> findByCaseIdOrderById(long caseId);
}
