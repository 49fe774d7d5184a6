package org.commissioninghub.prison;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PrisonSiteRepository extends JpaRepository<PrisonSite, Long> {

  /** A case's sites with their lots, in one query, lot by lot. */
  @EntityGraph(attributePaths = "lot")
  List<PrisonSite> findByCaseIdOrderByLotLotNumberAscIdAsc(long caseId);

  List<PrisonSite> findByLotIdOrderById(long lotId);

  /** Every site's name, each once, in order. */
  @Query("select distinct s.name from PrisonSite s order by s.name")
  List<String> findSiteNames();
}
