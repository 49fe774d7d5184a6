package org.commissioninghub.sarc;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoCommissionerRepository extends JpaRepository<CoCommissioner, Long> {

  List<CoCommissioner> findByCommissioningCaseIdOrderById(long caseId);

  List<CoCommissioner> findByCommissioningCaseReferenceOrderById(String reference);
}
