package org.commissioninghub.prison;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrisonLotRepository extends JpaRepository<PrisonLot, Long> {

  List<PrisonLot> findByCaseIdOrderByLotNumber(long caseId);
}
