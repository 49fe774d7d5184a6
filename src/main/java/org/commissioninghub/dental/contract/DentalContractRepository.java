package org.commissioninghub.dental.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DentalContractRepository extends JpaRepository<DentalContract, Long> {

  Optional<DentalContract> findByLotId(long lotId);

  List<DentalContract> findByCommissioningCaseReferenceOrderByLotLotNumber(String reference);
}
