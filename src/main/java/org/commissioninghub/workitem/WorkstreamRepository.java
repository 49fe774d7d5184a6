package org.commissioninghub.workitem;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkstreamRepository extends JpaRepository<Workstream, Long> {

  List<Workstream> findByCommissioningCaseIdOrderById(long caseId);

  Optional<Workstream> findByIdAndCommissioningCaseReference(long id, String reference);
}
