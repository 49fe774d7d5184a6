package org.commissioninghub.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

  /** Unsent messages for SMTP that are due, oldest first. */
  @Query("""
      select m.id from OutboxMessage m
      where m.sentAt is null and m.delivery = org.commissioninghub.notification.DeliveryMode.SMTP
        and m.nextAttemptAt <= :now
      order by m.createdAt, m.id""")
  List<Long> findDueIds(Instant now, Pageable batch);

  Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

  long countBySentAtIsNullAndDelivery(DeliveryMode delivery);

  long countBySentAtIsNullAndAttemptsGreaterThan(int attempts);

  long countByDelivery(DeliveryMode delivery);

  @Query("""
      select min(m.createdAt) from OutboxMessage m
      where m.sentAt is null and m.delivery = org.commissioninghub.notification.DeliveryMode.SMTP""")
  Optional<Instant> findOldestPendingCreatedAt();

  @Query("select max(m.sentAt) from OutboxMessage m")
  Optional<Instant> findLatestSentAt();

  /** The unsent message whose delivery was attempted last (and so failed last). */
  Optional<OutboxMessage> findFirstBySentAtIsNullAndLastAttemptAtIsNotNullOrderByLastAttemptAtDesc();
}
