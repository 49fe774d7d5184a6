package org.commissioninghub.prison;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PrisonLotRepository extends JpaRepository<PrisonLot, Long> {

  List<PrisonLot> findByCaseIdOrderByLotNumber(long caseId);

  /** Every lot's go-live date, each once, earliest first. */
  @Query("select distinct l.goLiveDate from PrisonLot l order by l.goLiveDate")
  List<LocalDate> findGoLiveDates();
}
