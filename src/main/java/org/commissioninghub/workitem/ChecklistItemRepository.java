package org.commissioninghub.workitem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

  List<ChecklistItem> findByCommissioningCaseIdOrderById(long caseId);
}
