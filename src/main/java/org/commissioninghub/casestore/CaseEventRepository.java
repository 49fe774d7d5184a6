package org.commissioninghub.casestore;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CaseEventRepository extends Repository<CaseEvent, Long> {

  @Query("select distinct e.actor from CaseEvent e join e.commissioningCase c"
      + " where c.reference = :reference and e.processInstanceId = :processInstanceId and e.eventType = :eventType")
  List<String> actorsOf(String reference, String processInstanceId, String eventType);
}
