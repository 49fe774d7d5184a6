package org.commissioninghub.pcn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PcnRoleRepository extends JpaRepository<PcnRole, Long> {

  List<PcnRole> findByNetworkIdOrderById(long networkId);

  List<PcnRole> findByCaseIdOrderByNetworkIdAscIdAsc(long caseId);
}
