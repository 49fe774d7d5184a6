package org.commissioninghub.casestore;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseReferenceCounterRepository
    extends JpaRepository<CaseReferenceCounter, CaseReferenceCounter.Key> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CaseReferenceCounter c where c.key = :key")
  Optional<CaseReferenceCounter> findForUpdate(CaseReferenceCounter.Key key);
}
