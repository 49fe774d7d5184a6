package org.commissioninghub.procurement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LotRepository extends JpaRepository<Lot, Long> {

  List<Lot> findByCommissioningCaseReferenceOrderByLotNumber(String reference);

  @Query("""
      select new org.commissioninghub.procurement.LotSummary(l.id, l.lotNumber, l.name, l.serviceType,
          l.contractForm, l.contractedUdas, l.contractedUoas, l.recommendedRoute, l.route, l.routeReason, l.status,
          l.awardedTo)
      from Lot l where l.commissioningCase.id = :caseId order by l.lotNumber""")
  List<LotSummary> summariesOf(long caseId);
}
