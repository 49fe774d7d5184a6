package org.commissioninghub.dental.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DentalContractRepository extends JpaRepository<DentalContract, Long> {

  Optional<DentalContract> findByLotId(long lotId);

  List<DentalContract> findByCommissioningCaseReferenceOrderByLotLotNumber(String reference);

  /** A case's contracts with their lots, in one query. */
  @EntityGraph(attributePaths = "lot")
  List<DentalContract> findByCommissioningCaseIdOrderByLotLotNumber(long caseId);
}
