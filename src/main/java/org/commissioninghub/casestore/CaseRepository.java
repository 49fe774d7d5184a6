package org.commissioninghub.casestore;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<CommissioningCase, Long>,
    JpaSpecificationExecutor<CommissioningCase>, CaseByReference {

  /** How many cases each programme has at each stage, by status. */
  @Query("select c.programme as programme, c.currentStage as stage, c.status as status, count(c) as cases"
      + " from CommissioningCase c group by c.programme, c.currentStage, c.status")
  List<CaseCount> countByProgrammeStageAndStatus();

  interface CaseCount {
    Programme getProgramme();

    String getStage();

    CaseStatus getStatus();

    long getCases();
  }
}
