package org.commissioninghub.approval;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApprovalLinkRepository extends JpaRepository<ApprovalLink, Long> {

  Optional<ApprovalLink> findByTokenHash(String tokenHash);

  /** Locks the link for the rest of the transaction: of two clicks at once, the second waits and then finds it used. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from ApprovalLink l where l.tokenHash = :tokenHash")
  Optional<ApprovalLink> findForDecision(String tokenHash);

  List<ApprovalLink> findByTaskId(String taskId);
}
