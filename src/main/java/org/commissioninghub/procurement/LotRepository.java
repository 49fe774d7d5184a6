package org.commissioninghub.procurement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LotRepository extends JpaRepository<Lot, Long> {

  List<Lot> findByCommissioningCaseReferenceOrderByLotNumber(String reference);
}
