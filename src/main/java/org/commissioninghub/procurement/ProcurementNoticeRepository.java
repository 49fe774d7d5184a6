package org.commissioninghub.procurement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcurementNoticeRepository extends JpaRepository<ProcurementNotice, Long> {

  List<ProcurementNotice> findByLotIdOrderByPublishedAt(Long lotId);
}
