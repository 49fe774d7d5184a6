package org.commissioninghub.prison;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UrgentExtensionRepository extends JpaRepository<UrgentExtension, Long> {

  List<UrgentExtension> findByCaseIdOrderById(long caseId);
}
